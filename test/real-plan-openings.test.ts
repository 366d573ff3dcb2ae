import fs from "node:fs";
import path from "node:path";
import { parsePlanDocument } from "../subgraphs/plans/import/parser/parse-plan";
import { describeWithoutDatabase } from "./support/database-free";

/*
 * The openings of real plans of other provinces (test/fixtures/plans/real,
 * sources in its README), read by the parser and compared with what a person
 * read in them. Only their openings could be read, so each is followed by a
 * one-task section of its own: the parser refuses a document without tasks.
 */
const REAL = path.join(__dirname, "fixtures/plans/real");
const TASKS = "\n\nII. NHIỆM VỤ\n1. Tuyên truyền, quảng bá hình ảnh của tỉnh\n- Cơ quan chủ trì: Sở Ngoại vụ.\n";
const read = (name: string) => parsePlanDocument(fs.readFileSync(path.join(REAL, `${name}.txt`), "utf8") + TASKS);
const bases = (plan: ReturnType<typeof read>) => plan.legalBases.map((b) => [b.kind, b.number, b.issuedOn, b.issuer]);

describeWithoutDatabase("the openings of real plans of other provinces", () => {
  it("Lào Cai 2021: one 'Thực hiện' sentence of four bases, a party Quy chế among them, and a Thông tư dated 2012 though numbered 2016", () => {
    const plan = read("lao-cai-2021");
    expect([plan.province, plan.year, plan.title, plan.documentNumber, plan.issuedOn]).toEqual([
      { code: "VN-02", name: "Lào Cai" },
      2021,
      "HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI TỈNH LÀO CAI NĂM 2021",
      "34/KH-UBND",
      "2021-01-29",
    ]);
    expect(bases(plan)).toEqual([
      ["Nghị định", "72/2015/NĐ-CP", "2015-09-07", "Chính phủ"],
      ["Thông tư", "22/2016/TT-BTTTT", "2012-10-19", "Bộ trưởng Bộ Thông tin và Truyền thông"],
      ["Quy chế", "07-QC/TU", "2018-08-30", "Tỉnh ủy Lào Cai"],
      ["Quyết định", "09/2017/QĐ-UBND", "2017-03-03", "UBND tỉnh Lào Cai"],
    ]);
    expect(plan.legalBases[3].text).toBe(
      "Quyết định số 09/2017/QĐ-UBND ngày 03/03/2017 của UBND tỉnh Lào Cai về việc ban hành Quy định về quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Lào Cai",
    );
    expect(plan.warnings).toEqual(["legal basis 2: '22/2016/TT-BTTTT' is numbered for 2016 but dated 19/10/2012; both kept as written"]);
  });

  it("Tây Ninh 2020: dated 15/01/2019 as printed, before the Hướng dẫn of 02/10/2019 it cites, which a warning says", () => {
    const plan = read("tay-ninh-2020");
    expect([plan.province.code, plan.year, plan.title, plan.documentNumber, plan.issuedOn]).toEqual([
      "VN-37",
      2020,
      "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH TÂY NINH NĂM 2020",
      "79/KH-UBND",
      "2019-01-15",
    ]);
    expect(bases(plan)).toEqual([
      ["Kết luận", "16-KL/TW", "2012-02-14", "Bộ Chính trị khóa XI"],
      ["Nghị định", "72/2015/NĐ-CP", "2015-09-07", "Chính phủ"],
      ["Quyết định", "1486/QĐ-TTg", "2018-11-06", "Thủ tướng Chính phủ"],
      ["Thông tư", "22/2016/TT-BTTTT", "2016-10-19", "Bộ Thông tin và Truyền thông"],
      ["Hướng dẫn", "3362/BTTTT-TTĐN", "2019-10-02", "Bộ Thông tin và Truyền thông"],
    ]);
    expect(plan.warnings).toEqual([
      "header: the plan is dated 2019-01-15 but cites legal basis 5, dated 2019-10-02 (a slip in one of the two dates); both kept as written",
    ]);
  });

  it("Đắk Nông 2025: two 'Căn cứ' paragraphs, commas before 'ngày', and a Kết luận cited again inside another basis counted once", () => {
    const plan = read("dak-nong-2025");
    expect([plan.province, plan.year, plan.documentNumber, plan.issuedOn]).toEqual([
      { code: "VN-72", name: "Đắk Nông" },
      2025,
      "678/KH-UBND",
      "2024-10-23",
    ]);
    expect(bases(plan)).toEqual([
      ["Kết luận", "57-KL/TW", "2023-06-15", "Bộ Chính trị"],
      ["Nghị định", "72/2015/NĐ-CP", "2015-09-07", "Chính phủ"],
      ["Thông tư", "22/2016/TT-BTTTT", "2016-10-19", "Bộ Thông tin và Truyền thông"],
      ["Quyết định", "29/2019/QĐ-UBND", "2019-12-10", "Ủy ban nhân dân tỉnh"],
      ["Kế hoạch", "125-KH/TU", "2023-10-04", "Ban Thường vụ Tỉnh ủy"],
      ["Công văn", "3837/BTTTT-TTĐN", "2024-09-16", "Bộ Thông tin và Truyền thông"],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("Trà Vinh 2024: the approving decision's number, date and signer, its own bases kept out of the plan", () => {
    const plan = parsePlanDocument(
      `${fs.readFileSync(path.join(REAL, "tra-vinh-2024.txt"), "utf8")}\n\nKẾ HOẠCH\nCông tác thông tin đối ngoại tỉnh Trà Vinh năm 2024${TASKS}`,
    );
    expect([plan.province.code, plan.year, plan.documentNumber, plan.legalBases]).toEqual(["VN-51", 2024, null, []]);
    expect(plan.approvedBy).toEqual({
      number: "1466/QĐ-UBND",
      issuedOn: "2023-09-29",
      signatory: { name: null, title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" },
    });
    expect(plan.signatory).toEqual({ name: null, title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" });
  });
});
