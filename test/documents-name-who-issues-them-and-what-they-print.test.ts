import mammoth from "mammoth";
import yauzl from "yauzl";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const INFORMATION_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const CULTURE_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
const CLEARED_CULTURE_COORDINATOR = official({
  provinceCode: "VN-30",
  agencyCode: "SVHTTDL",
  role: "coordinator",
  clearance: "SECRET",
  userId: "svhttdl.mat",
});
const BORDER_GUARD = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });

/** The text of a .docx, and the XML of its body. */
async function read(file: Buffer): Promise<{ text: string; xml: string }> {
  const zip = await yauzl.fromBufferPromise(file, { lazyEntries: true });
  let xml = "";
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName !== "word/document.xml") continue;
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    xml = Buffer.concat(chunks).toString("utf8");
  }
  zip.close();
  return { text: (await mammoth.extractRawText({ buffer: file })).value, xml };
}

describe("the province's documents: issued by the department in charge at their date, marked only with what they print", () => {
  let hub: RunningHub;
  const post = async (path: string, as: ReturnType<typeof official>, body: Record<string, unknown>) => {
    const response = await fetch(new URL(path, hub.gateway.url), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await signDevelopmentToken(as)}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("issues a 2019 report from the information department to the Ministry of Information and Communications", async () => {
    const answer = await post("/documents/province-report", INFORMATION_COORDINATOR, {
      provinceCode: "VN-30",
      year: 2019,
      period: "SEMI_ANNUAL",
      date: "2019-06-20",
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-document-marked")).toBe("none");
    const { text } = await read(answer.body);
    expect(text).toContain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    expect(text).toContain("Gia Lai, ngày 20 tháng 6 năm 2019");
    expect(text).toContain("- Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại) (b/c);");
    // the coordinator reads no state secret: the report says what it covers, never that nothing happened
    expect(text).toContain("chỉ gồm những thông tin người lập báo cáo được phép xem");
    expect(text).not.toContain("không ghi nhận vụ việc nào");
    expect(text).not.toContain("tỉnh gia lai");
    expect(text).toContain("của Ủy ban nhân dân tỉnh Gia Lai về hoạt động thông tin đối ngoại trên địa bàn tỉnh Gia Lai năm 2019");
  });

  it("issues a 2026 report from the culture department to the Ministry of Culture, Sports and Tourism", async () => {
    const answer = await post("/documents/province-report", CULTURE_COORDINATOR, {
      provinceCode: "VN-30",
      year: 2026,
      period: "ANNUAL",
      date: "2026-01-05",
    });
    const { text } = await read(answer.body);
    expect(text).toContain("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
    expect(text).toContain("Số:         /BC-SVHTTDL");
    expect(text).toContain("Gia Lai, ngày 05 tháng 01 năm 2026");
    expect(text).toContain("- Bộ Văn hóa, Thể thao và Du lịch (Cục Thông tin cơ sở và Thông tin đối ngoại) (b/c);");
    expect(text).not.toContain("Thông tin và Truyền thông");
  });

  it("never marks a reminder letter, which prints no record, whoever asks", async () => {
    for (const as of [BORDER_GUARD, INFORMATION_COORDINATOR]) {
      const answer = await post("/documents/reminder-letters", as, { provinceCode: "VN-30", year: 2019, period: "SEMI_ANNUAL" });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("x-document-marked")).toBe("none");
      const { text, xml } = await read(answer.body);
      expect(text).not.toMatch(/^\s*MẬT\s*$/m);
      expect(xml).not.toContain("FF0000");
    }
  });

  it("marks a report that prints a state secret, red and framed under its number, with its copy, and enters it in the register first", async () => {
    await queryData(
      hub.gateway.url,
      `mutation ($input: BorderIncidentInput!) { createBorderIncident(input: $input) { id } }`,
      {
        input: {
          provinceCode: "VN-30",
          title: "Sự việc mẫu phối hợp thông tin (dữ liệu minh họa)",
          occurredOn: "2026-04-02",
          classification: "SECRET",
          agencyIds: ["VN-30-BDBP", "VN-30-SVHTTDL"],
        },
      },
      { as: BORDER_GUARD },
    );
    const answer = await post("/documents/province-report", CLEARED_CULTURE_COORDINATOR, {
      provinceCode: "VN-30",
      year: 2026,
      period: "ANNUAL",
      date: "2026-12-04",
      documentNumber: "215/BC-SVHTTDL",
      copy: { copy: 2, copies: 3, drafter: "Trần Văn An", copyingAllowed: false },
    });
    expect({ status: answer.status, body: answer.status === 200 ? "" : answer.body.toString() }).toEqual({ status: 200, body: "" });
    expect(answer.headers.get("x-document-marked")).toBe("SECRET");
    const { text, xml } = await read(answer.body);
    expect(text).toContain("Sự việc mẫu phối hợp thông tin");
    expect(text).toContain("Bản số 02/03 bản. Người soạn thảo: Trần Văn An. Không được sao, chụp.");
    // the mark: bold, red, with a frame
    expect(xml).toMatch(
      /<w:r><w:rPr>(?=[^]*?<w:b\/>)(?=[^]*?<w:color w:val="FF0000"\/>)(?=[^]*?<w:bdr w:val="double")[^]*?<\/w:rPr><w:t xml:space="preserve"> MẬT <\/w:t><\/w:r>/,
    );
    const register = await queryData(
      hub.gateway.url,
      `{ outgoingSecretDocuments(provinceCode: "VN-30") { id documentNumber issuedOn level copies drafter copyingAllowed subject } }`,
      {},
      { as: CLEARED_CULTURE_COORDINATOR },
    );
    expect(register.outgoingSecretDocuments[0]).toMatchObject({
      id: answer.headers.get("x-register-entry"),
      documentNumber: "215/BC-SVHTTDL",
      issuedOn: "2026-12-04",
      level: "MẬT",
      copies: 3,
      drafter: "Trần Văn An",
      copyingAllowed: false,
      subject: "Kết quả thực hiện công tác thông tin đối ngoại năm 2026",
    });
    // the same report for an uncleared coordinator prints no secret, and is not marked
    const plain = await post("/documents/province-report", CULTURE_COORDINATOR, {
      provinceCode: "VN-30",
      year: 2026,
      period: "ANNUAL",
      date: "2026-12-04",
    });
    expect(plain.headers.get("x-document-marked")).toBe("none");
    expect((await read(plain.body)).text).not.toContain("Sự việc mẫu phối hợp thông tin");
  });

  it("refuses a report printing a state secret to one who may not register it, and hands nothing over", async () => {
    const answer = await post("/documents/province-report", BORDER_GUARD, { provinceCode: "VN-30", year: 2019, period: "ANNUAL" });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body.toString("utf8")).errors[0].message).toMatch(/register of outgoing secret documents/);
  });

  it("says on the shared network that the hub keeps no state secret, and refuses to register one", async () => {
    process.env.HUB_SECRET_ZONE = "network";
    try {
      const answer = await post("/documents/province-report", CULTURE_COORDINATOR, { provinceCode: "VN-30", year: 2019, period: "ANNUAL" });
      expect((await read(answer.body)).text).toContain("Hệ thống không lưu giữ thông tin thuộc bí mật nhà nước");
      const registered = await postGraphQL(
        hub.gateway.url,
        `mutation ($input: OutgoingSecretDocumentInput!) { registerOutgoingSecretDocument(input: $input) { id } }`,
        {
          input: {
            provinceCode: "VN-30",
            documentNumber: "1/BC",
            issuedOn: "2026-12-04",
            subject: "x",
            copies: 1,
            recipients: "x",
            drafter: "x",
            copyingAllowed: false,
          },
        },
        { as: CLEARED_CULTURE_COORDINATOR },
      );
      expect(registered.errors?.[0].extensions?.code).toBe("STATE_SECRET_NOT_PERMITTED");
    } finally {
      delete process.env.HUB_SECRET_ZONE;
    }
  });
});
