import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { planFileText } from "../subgraphs/plans/import/formats/read-plan-file";
import { parsePlanDocument, PlanDocumentError } from "../subgraphs/plans/import/parser/parse-plan";
import { parseOrdinal } from "../subgraphs/plans/import/parser/sections";
import type { DocumentAgency } from "../subgraphs/plans/import/plan-document";
import { DAK_LAK_2026, GIA_LAI_2023, QUANG_NINH_2020 } from "./support/composed-plans";
import { describeWithoutDatabase } from "./support/database-free";
import { fieldsReadByPeople, hardWrap } from "./support/plan-text";
import { GIA_LAI_2019 } from "./support/plan-versions";

/*
 * Plans composed in the layouts other provinces use, each expectation written
 * by hand from reading the document, not from the parser's output.
 */

const codes = (agencies: DocumentAgency[]) => agencies.map((a) => a.code);

describeWithoutDatabase("a plan copied from a PDF: two-column header, hard-wrapped lines, no 'KẾ HOẠCH' title (Quảng Ninh 2020)", () => {
  const plan = parsePlanDocument(QUANG_NINH_2020);

  it("takes the number and date from the header's columns and the title from the line in capitals under it", () => {
    expect(plan.province).toEqual({ code: "VN-13", name: "Quảng Ninh" });
    expect(plan.year).toBe(2020);
    expect(plan.title).toBe("THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020");
    expect(plan.documentNumber).toBe("12/KH-UBND");
    expect(plan.issuedOn).toBe("2020-01-15");
    expect(plan.approvedBy).toBeNull();
  });

  it("reads legal bases introduced by Căn cứ, Thực hiện and Theo in one run-on sentence, one cited in mid-sentence, numbers kept as written", () => {
    expect(plan.legalBases.map((b) => [b.kind, b.number, b.issuedOn, b.issuer])).toEqual([
      ["Nghị định", "72/NĐ-CP", "2015-09-07", "Chính phủ"],
      ["Quy chế", "05-QC/TU", "2018-10-10", "Ban Thường vụ Tỉnh ủy"],
      ["Quyết định", "15/2017/QĐ-UBND", "2018-05-03", "Ủy ban nhân dân tỉnh Quảng Ninh"],
      ["Văn bản", "4110/BTTTT-TTĐN", "2019-12-20", "Bộ Thông tin và Truyền thông"],
    ]);
    expect(plan.legalBases[0].text).toBe("Nghị định số 72/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại");
    expect(plan.legalBases[3].text).toBe(
      "chỉ đạo của Bộ Thông tin và Truyền thông nêu tại Văn bản số 4110/BTTTT-TTĐN ngày 20/12/2019 về hướng dẫn công tác thông tin đối ngoại năm 2020",
    );
  });

  it("keeps a decision numbered for 2017 but dated 2018 as written, with a warning that says where", () => {
    const warning = plan.warnings.filter((w) => w.includes("15/2017/QĐ-UBND"));
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/^legal basis 3: /);
    expect(warning[0]).toContain("2017");
    expect(warning[0]).toContain("03/5/2018");
    expect(warning[0]).toContain("kept as written");
  });

  it("joins lines broken in mid-sentence, even before a capital letter", () => {
    expect(plan.objectives).toEqual([
      "Tuyên truyền, quảng bá hình ảnh Quảng Ninh năng động, thân thiện tới bạn bè quốc tế; thu hút đầu tư và du khách quốc tế đến với Quảng Ninh.",
    ]);
    expect(plan.tasks.map((t) => [t.ordinal, t.title, codes(t.leads), codes(t.coordinators)])).toEqual([
      ["1", "Quảng bá du lịch Quảng Ninh tới thị trường Trung Quốc và Hàn Quốc", ["SVHTTDL"], ["SNGV", "STTTT"]],
      [
        "2",
        "Tuyên truyền về chủ quyền biển, đảo và đường biên giới Việt Nam - Trung Quốc cho cư dân các xã biên giới, hải đảo",
        ["BDBP"],
        ["CA", "STTTT"],
      ],
    ]);
    expect(plan.tasks[0].timeframe).toEqual({ label: "Tháng 12/2019 – tháng 01/2020", startsOn: "2019-12-01", endsOn: "2020-01-31" });
    expect(plan.tasks[1].timeframe).toEqual({ label: "Quý II/2020", startsOn: "2020-04-01", endsOn: "2020-06-30" });
  });

  it("reads assignment headings with a role in parentheses, 'Đề nghị' headings and a heading that groups agencies", () => {
    expect(plan.assignments.map((a) => [a.agency.name, a.agency.code, a.role ?? null])).toEqual([
      ["Sở Thông tin và Truyền thông", "STTTT", "cơ quan thường trực"],
      ["Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "theo chức năng, nhiệm vụ"],
      ["Sở Ngoại vụ", "SNGV", "theo chức năng, nhiệm vụ"],
      ["Ban Tuyên giáo Tỉnh ủy", "BTGTU", null],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ", null],
      ["Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", null, null],
    ]);
    expect(plan.assignments[0].duties).toEqual(["Hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện."]);
    expect(plan.warnings.filter((w) => /Thủ trưởng|agency/.test(w))).toEqual([]);
  });

  it("reads the deadlines stated in the closing paragraph, 'hàng năm' being the plan's year, and the focal-point deadline", () => {
    expect(plan.reportingDeadlines).toEqual([
      { period: "SEMI_ANNUAL", dueOn: "2020-06-10", rawText: "trước ngày 10/6" },
      { period: "ANNUAL", dueOn: "2020-12-10", rawText: "trước ngày 10/12" },
    ]);
    expect(plan.focalPointDeadline).toEqual({ dueOn: "2020-02-28", rawText: "trước ngày 28/02/2020" });
  });

  it("reads the signer's name written in capitals", () => {
    expect(plan.signatory).toEqual({ name: "ĐẶNG HUY HẬU", title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" });
  });

  it("reads the same plan from a Word file whose header is a table", async () => {
    // the body as Word paragraphs whose lines end in line breaks, as text pasted from a PDF keeps them
    const header = QUANG_NINH_2020.split("\n").slice(0, 3);
    const body = QUANG_NINH_2020.split("\n")
      .slice(3)
      .join("\n")
      .split(/\n\s*\n/);
    const cell = (text: string) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], width: { size: 50, type: WidthType.PERCENTAGE } });
    const row = (line: string) => new TableRow({ children: line.split("|").map((c) => cell(c.trim())) });
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Table({ rows: header.map(row) }),
              ...body.map(
                (block) =>
                  new Paragraph({ children: block.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) }),
              ),
            ],
          },
        ],
      }),
    );
    const fromWord = parsePlanDocument((await planFileText(word)).text);
    expect([fromWord.documentNumber, fromWord.issuedOn, fromWord.title, fromWord.legalBases.length, fromWord.tasks.length]).toEqual([
      "12/KH-UBND",
      "2020-01-15",
      "THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020",
      4,
      2,
    ]);
  });
});

describeWithoutDatabase("a plan approved by a decision that alone states its number and signature (Đắk Lắk 2026)", () => {
  const plan = parsePlanDocument(DAK_LAK_2026);

  it("takes the plan's number from the decision's article and keeps the decision apart", () => {
    expect(plan.province).toEqual({ code: "VN-33", name: "Đắk Lắk" });
    expect(plan.year).toBe(2026);
    expect(plan.title).toBe("Thông tin đối ngoại tỉnh Đắk Lắk năm 2026");
    expect(plan.documentNumber).toBe("09/KH-UBND");
    expect(plan.approvedBy).toEqual({
      number: "85/QĐ-UBND",
      issuedOn: "2026-01-20",
      signatory: { name: "Ksor H'Lan", title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" },
    });
  });

  it("gives the decision's signer as the plan's, the plan itself carrying no signature", () => {
    expect(plan.signatory).toEqual({ name: "Ksor H'Lan", title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" });
  });

  it("keeps the decision's own bases out of the plan", () => {
    expect(plan.legalBases).toEqual([]);
  });

  it("resolves Sở Khoa học và Công nghệ, which took over information and communications in 2025", () => {
    expect(codes(plan.tasks[0].leads)).toEqual(["SKHCN"]);
    expect(plan.assignments[0].agency).toEqual({ name: "Sở Khoa học và Công nghệ", code: "SKHCN" });
    expect(plan.assignments[0].role).toBe("cơ quan thường trực");
  });

  it("reads a single report deadline stated in a duty as the annual one", () => {
    expect(plan.reportingDeadlines).toEqual([{ period: "ANNUAL", dueOn: "2026-11-25", rawText: "trước ngày 25/11/2026" }]);
  });

  it("keeps the grouping heading with no code and no warning", () => {
    expect(plan.assignments[1].agency).toEqual({ name: "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", code: null });
    expect(plan.warnings).toEqual([]);
  });
});

describeWithoutDatabase(
  "a plan as a web page gives the signed copy: stacked header, em-dash rules, en-dash bullets, dates spelled out (Gia Lai 2023)",
  () => {
    const plan = parsePlanDocument(GIA_LAI_2023);

    it("reads the header stacked column under column, the number printed with a space as filed", () => {
      expect(plan.province).toEqual({ code: "VN-30", name: "Gia Lai" });
      expect([plan.documentNumber, plan.issuedOn, plan.year]).toEqual(["516/KH-UBND", "2023-03-09", 2023]);
      expect(plan.title).toBe("HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2023 TRÊN ĐỊA BÀN TỈNH GIA LAI");
    });

    it("reads each basis with its date spelled out and its issuer in the minister's form", () => {
      expect(plan.legalBases.map((b) => [b.number, b.issuedOn, b.issuer])).toEqual([
        ["72/2015/NĐ-CP", "2015-09-07", "Chính phủ"],
        ["22/2016/TT-BTTTT", "2016-10-19", "Bộ trưởng Bộ Thông tin và Truyền thông"],
        ["5740/BTTTT-TTĐN", "2022-11-25", "Bộ Thông tin và Truyền thông"],
      ]);
    });

    it("reads en-dash bullets as bullets: objectives, requirements and each task's fields", () => {
      expect(plan.objectives).toHaveLength(2);
      expect(plan.requirements).toEqual(["Bám sát chủ trương của Đảng, chính sách, pháp luật của Nhà nước."]);
      expect(
        plan.tasks.map((t) => [t.ordinal, t.title, codes(t.leads), codes(t.coordinators), t.timeframe?.startsOn, t.timeframe?.endsOn]),
      ).toEqual([
        [
          "1",
          "Tuyên truyền về biên giới đất liền Việt Nam – Campuchia",
          ["BDBP"],
          ["SNGV", "STTTT", "UBND-H:Đức Cơ"],
          "2023-04-01",
          "2023-12-31",
        ],
        ["2", "Quảng bá du lịch Gia Lai trên báo chí nước ngoài", ["SVHTTDL"], ["STTTT"], "2023-01-01", "2023-12-31"],
      ]);
      expect(plan.reportingDeadlines.map((d) => [d.period, d.dueOn])).toEqual([
        ["SEMI_ANNUAL", "2023-06-15"],
        ["ANNUAL", "2023-11-15"],
      ]);
      expect(plan.warnings).toEqual([]);
    });

    it("reads the same fields hard-wrapped at any width from 40 to 110 columns: a date is never broken from its 'ngày'", () => {
      const misread: number[] = [];
      for (let width = 40; width <= 110; width++) {
        const wrapped = parsePlanDocument(hardWrap(GIA_LAI_2023, width));
        if (JSON.stringify(fieldsReadByPeople(wrapped)) !== JSON.stringify(fieldsReadByPeople(plan))) misread.push(width);
      }
      expect(misread).toEqual([]);
    });
  },
);

describeWithoutDatabase("warnings a person can act on", () => {
  it("say where each problem is and what was kept", () => {
    const broken = QUANG_NINH_2020.replace("Quý II/2020", "Quý V/2020")
      .replace("Sở Ngoại vụ; Sở Thông tin và Truyền thông.", "Sở Ngoại vụ; Sở Xây dựng.")
      .replace("trước ngày 10/12", "trước ngày 31/11");
    const { warnings } = parsePlanDocument(broken);
    expect(warnings.find((w) => w.includes("Quý V/2020"))).toMatch(/^task 2: .*kept as written/);
    expect(warnings.find((w) => w.includes("Sở Xây dựng"))).toMatch(/^task 1: agency not in directory: Sở Xây dựng .*code SXD derived/);
    expect(warnings.find((w) => w.includes("31/11"))).toMatch(
      /^closing: annual report deadline '31\/11' is not a real date .*dueOn left null/,
    );
  });
});

describeWithoutDatabase("numbering", () => {
  it("reads a hundredth task, and no task in a figure with a thousands point", () => {
    expect(parseOrdinal("100. Tổng kết công tác thông tin đối ngoại")).toMatchObject({ ordinal: "100", depth: 1 });
    expect(parseOrdinal("12.3. Phát hành ấn phẩm")).toMatchObject({ ordinal: "12.3", depth: 2 });
    expect(parseOrdinal("1.500 ấn phẩm song ngữ được phát hành")).toBeNull();
    expect(parseOrdinal("2019. Quyết định")).toBeNull();
  });
});

describeWithoutDatabase("legal bases of any kind, however introduced", () => {
  it.each([
    [
      "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 12/TTr-SNgV ngày 05/01/2021.",
      ["Tờ trình", "12/TTr-SNgV", "2021-01-05", "Giám đốc Sở Ngoại vụ"],
    ],
    [
      "Căn cứ Kết luận số 57-KL/TW ngày 15/6/2009 của Bộ Chính trị về tiếp tục đổi mới, nâng cao hiệu quả công tác thông tin đối ngoại;",
      ["Kết luận", "57-KL/TW", "2009-06-15", "Bộ Chính trị"],
    ],
    [
      "Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 20/02/2021 của Ban Tuyên giáo Tỉnh ủy về công tác thông tin đối ngoại năm 2021;",
      ["Hướng dẫn", "12-HD/BTGTU", "2021-02-20", "Ban Tuyên giáo Tỉnh ủy"],
    ],
    [
      "Theo Công văn số 1234/UBND-KGVX ngày 03/3/2021 của Ủy ban nhân dân tỉnh Lâm Đồng về việc triển khai công tác thông tin đối ngoại;",
      ["Công văn", "1234/UBND-KGVX", "2021-03-03", "Ủy ban nhân dân tỉnh Lâm Đồng"],
    ],
    ["Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;", ["Luật", null, "2016-04-05", null]],
  ])("%s", (paragraph, [kind, number, issuedOn, issuer]) => {
    const plan = parsePlanDocument(
      `KẾ HOẠCH\nThông tin đối ngoại tỉnh Lâm Đồng năm 2021\n\n${paragraph}\n\nII. NHIỆM VỤ\n1. Quảng bá du lịch Đà Lạt\n`,
    );
    expect(plan.legalBases.map((b) => [b.kind, b.number, b.issuedOn, b.issuer])).toEqual([[kind, number, issuedOn, issuer]]);
    expect(plan.legalBases[0].text).toBe(paragraph.replace(/^(Căn cứ|Thực hiện|Theo|Xét)\s+/u, "").replace(/[;.]$/, ""));
  });

  it("takes the title from under the header when only the enacting sentence says 'Kế hoạch'", () => {
    const plan = parsePlanDocument(QUANG_NINH_2020.replace("Số: 12/KH-UBND", "Số: 12/UBND-TTĐN"));
    expect([plan.title, plan.documentNumber, plan.legalBases.length]).toEqual([
      "THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020",
      "12/UBND-TTĐN",
      4,
    ]);
  });

  it("refuses a document with neither a 'KẾ HOẠCH' title nor a sentence that enacts a plan", () => {
    const report = QUANG_NINH_2020.replace("Số: 12/KH-UBND", "Số: 12/BC-UBND").replace(
      "ban hành Kế hoạch thông tin đối ngoại",
      "báo cáo công tác thông tin đối ngoại",
    );
    expect(() => parsePlanDocument(report)).toThrow("no 'KẾ HOẠCH' title, and no sentence that enacts a plan");
  });
});

describeWithoutDatabase("a printed copy's page numbers", () => {
  it("are dropped, so a paragraph broken across two pages reads whole", () => {
    const paged = QUANG_NINH_2020.replace(
      "thiện tới bạn bè quốc tế; thu hút đầu tư và du khách quốc tế đến với Quảng\n",
      "thiện tới bạn bè quốc tế; thu hút đầu tư và du khách quốc tế đến với Quảng\n\n2\n\n",
    ).replace("II. NỘI DUNG\n", "Trang 3/5\nII. NỘI DUNG\n");
    expect(paged).toContain("\n2\n");
    const plan = parsePlanDocument(paged);
    expect(plan.objectives).toEqual(parsePlanDocument(QUANG_NINH_2020).objectives);
    expect(plan.tasks.map((t) => t.ordinal)).toEqual(["1", "2"]);
  });
});

describeWithoutDatabase("the rules drawn under a header's lines and a title", () => {
  it("are no part of the title", () => {
    const ruled = DAK_LAK_2026.replace(" | Độc lập - Tự do - Hạnh phúc", " | Độc lập - Tự do - Hạnh phúc\n | ---------------").replace(
      "Thông tin đối ngoại tỉnh Đắk Lắk năm 2026\n(Ban hành",
      "Thông tin đối ngoại tỉnh Đắk Lắk năm 2026\n______\n(Ban hành",
    );
    expect(ruled).toContain("______");
    const plan = parsePlanDocument(ruled);
    expect(plan.title).toBe("Thông tin đối ngoại tỉnh Đắk Lắk năm 2026");
    expect(plan.approvedBy?.number).toBe("85/QĐ-UBND");
  });

  it("do not hide the '(Ban hành kèm theo …)' note under the title", () => {
    // the plan alone, its approving decision named only in the note
    const alone = DAK_LAK_2026.slice(DAK_LAK_2026.indexOf("KẾ HOẠCH")).replace("năm 2026\n(Ban hành", "năm 2026\n______\n(Ban hành");
    expect(parsePlanDocument(alone).approvedBy).toEqual({ number: "85/QĐ-UBND", issuedOn: "2026-01-20" });
  });
});

describeWithoutDatabase("columns of plain text", () => {
  it("are read column by column when spaces set the header's short cells apart", () => {
    const spaced = QUANG_NINH_2020.replace(/^(.*?) \| (.*)$/gm, (_line, left: string, right: string) => `${left.padEnd(40)}${right}`);
    expect(spaced).toContain("TỈNH QUẢNG NINH                         Độc lập - Tự do - Hạnh phúc");
    const plan = parsePlanDocument(spaced);
    expect([plan.documentNumber, plan.issuedOn, plan.title, plan.signatory?.name]).toEqual([
      "12/KH-UBND",
      "2020-01-15",
      "THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020",
      "ĐẶNG HUY HẬU",
    ]);
  });

  it("leave prose that a justified copy spaced out in its order", () => {
    const justified = QUANG_NINH_2020.replace(
      "Căn cứ Nghị định số 72/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt",
      "Căn cứ Nghị định số 72/NĐ-CP ngày 07/9/2015 của Chính phủ    về quản lý hoạt",
    ).replace(
      "động thông tin đối ngoại; Thực hiện Quy chế số 05-QC/TU ngày 10/10/2018 của",
      "động thông tin đối ngoại; Thực hiện Quy chế    số 05-QC/TU ngày 10/10/2018 của",
    );
    expect(parsePlanDocument(justified).legalBases.map((b) => b.number)).toEqual([
      "72/NĐ-CP",
      "05-QC/TU",
      "15/2017/QĐ-UBND",
      "4110/BTTTT-TTĐN",
    ]);
  });
});

describeWithoutDatabase("odd input the layout reading must survive", () => {
  it("reads a plain-text copy whose every line is indented (pdftotext -layout), title and year from under the header", () => {
    const indented = QUANG_NINH_2020.split("\n")
      .map((line, i) => (i < 3 ? line.replace(" | ", "          ") : line))
      .map((line) => (line.trim() ? `    ${line}` : line))
      .join("\n");
    const plan = parsePlanDocument(indented);
    expect([plan.year, plan.title, plan.documentNumber, plan.issuedOn]).toEqual([
      2020,
      "THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020",
      "12/KH-UBND",
      "2020-01-15",
    ]);
  });

  it("keeps tab-indented prose under the title out of it", () => {
    const plan = parsePlanDocument(
      "\tKẾ HOẠCH\n\tThông tin đối ngoại tỉnh Tây Ninh năm 2021\n\n\tNhằm triển khai công tác thông tin đối ngoại, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nII. NHIỆM VỤ\n1. Quảng bá du lịch núi Bà Đen\n",
    );
    expect([plan.title, plan.year]).toEqual(["Thông tin đối ngoại tỉnh Tây Ninh năm 2021", 2021]);
  });

  it("refuses 150,000 lines of nothing but '|' as not a plan, saying so, and reads one of 300,000 characters of blank lines between two rows", () => {
    expect(() => parsePlanDocument("|\n".repeat(150_000))).toThrow(PlanDocumentError);
    const blanks = `A | B${"\n".repeat(300_000)}C | D\n${QUANG_NINH_2020}`;
    expect(parsePlanDocument(blanks).tasks).toHaveLength(2);
  }, 20_000);

  it("reads a legal-basis paragraph of 20,000 characters cited in mid-sentence", () => {
    const long = QUANG_NINH_2020.replace(
      "thực hiện chỉ đạo của Bộ Thông tin và Truyền thông",
      `thực hiện ${"chỉ đạo chung về công tác thông tin đối ngoại ".repeat(450)}của Bộ Thông tin và Truyền thông`,
    );
    const plan = parsePlanDocument(long);
    expect(plan.legalBases.map((b) => b.number)).toEqual(["72/NĐ-CP", "05-QC/TU", "15/2017/QĐ-UBND", "4110/BTTTT-TTĐN"]);
  }, 20_000);
});

describeWithoutDatabase("report deadlines are read from report clauses only", () => {
  it("takes a focal-point clause with a period word for the focal points' deadline, warning once about its date", () => {
    const plan = parsePlanDocument(
      QUANG_NINH_2020.replace(
        "- Phân công cán bộ làm đầu mối thông tin đối ngoại, gửi danh sách về Sở\nThông tin và Truyền thông trước ngày 28/02/2020.",
        "- Hằng năm, các cơ quan cử cán bộ đầu mối và báo cáo danh sách về Sở Thông tin và Truyền thông trước ngày 31/02.",
      ),
    );
    expect(plan.focalPointDeadline).toEqual({ dueOn: null, rawText: "trước ngày 31/02" });
    expect(plan.reportingDeadlines.map((d) => d.rawText)).not.toContain("trước ngày 31/02");
    expect(plan.warnings.filter((w) => w.includes("31/02"))).toHaveLength(1);
  });

  it("does not take a task's own date for the year's report", () => {
    const plan = parsePlanDocument(
      DAK_LAK_2026.replace(
        "- Gửi báo cáo kết quả thực hiện Kế hoạch về Sở Khoa học và Công nghệ trước ngày 25/11/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "- Phối hợp thực hiện Kế hoạch.",
      ).replace(
        "- Thời gian thực hiện: Cả năm 2026.",
        "- Tổ chức hội nghị quảng bá trước ngày 15/3, báo cáo Ủy ban nhân dân tỉnh.\n- Thời gian thực hiện: Cả năm 2026.",
      ),
    );
    expect(plan.reportingDeadlines).toEqual([]);
  });
});

describeWithoutDatabase("legal bases run on with commas and 'và' in one sentence (as Lào Cai writes them)", () => {
  const plan = parsePlanDocument(
    GIA_LAI_2019.replace(
      /\nCăn cứ Chỉ thị[^\n]*\n/,
      "\nThực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại, Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố trực thuộc Trung ương, Văn bản số 4110/BTTTT-TTĐN ngày 04/12/2018 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây dựng kế hoạch năm 2019 và Quyết định số 16/2017/QĐ-UBND ngày 17/3/2017 của Ủy ban nhân dân tỉnh Gia Lai, Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch hoạt động thông tin đối ngoại năm 2019 như sau:\n",
    ),
  );

  it("reads each document of the enumeration as a basis of its own, with its number, date and issuer", () => {
    expect(plan.legalBases.map((b) => [b.kind, b.number, b.issuedOn, b.issuer])).toEqual([
      ["Nghị định", "72/2015/NĐ-CP", "2015-09-07", "Chính phủ"],
      ["Thông tư", "22/2016/TT-BTTTT", "2016-10-19", "Bộ Thông tin và Truyền thông"],
      ["Văn bản", "4110/BTTTT-TTĐN", "2018-12-04", "Bộ Thông tin và Truyền thông"],
      ["Quyết định", "16/2017/QĐ-UBND", "2017-03-17", "Ủy ban nhân dân tỉnh Gia Lai"],
    ]);
    expect(plan.legalBases[1].text).toBe(
      "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố trực thuộc Trung ương",
    );
  });

  it("keeps a comma inside one reference with it: the part before it cites nothing of its own", () => {
    const cited = parsePlanDocument(
      GIA_LAI_2019.replace(
        /\nCăn cứ Chỉ thị[^\n]*\n/,
        "\nThực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Văn bản số 120-CV/TU ngày 05/01/2019 về công tác thông tin đối ngoại, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
      ),
    );
    expect(cited.legalBases.map((b) => [b.kind, b.number])).toEqual([["Văn bản", "120-CV/TU"]]);
  });
});

describeWithoutDatabase("objectives under '1. Mục tiêu' with no Roman-numbered section above them", () => {
  it("reads them as the objectives and requirements, as with the section heading", () => {
    const withHeading = parsePlanDocument(GIA_LAI_2019);
    const without = parsePlanDocument(GIA_LAI_2019.replace(/\nI\. MỤC TIÊU, YÊU CẦU:\n/, "\n"));
    expect(withHeading.objectives!.length).toBeGreaterThan(2);
    expect(without.objectives).toEqual(withHeading.objectives);
    expect(without.requirements).toEqual(withHeading.requirements);
    expect(without.legalBases).toEqual(withHeading.legalBases);
    expect(without.tasks.map((t) => t.ordinal)).toEqual(withHeading.tasks.map((t) => t.ordinal));
  });
});

describeWithoutDatabase("issuers bounded by what a name can be", () => {
  it("ends an issuer where its name ends, not at a word from a list", () => {
    const plan = parsePlanDocument(
      GIA_LAI_2019.replace(
        /\nCăn cứ Chỉ thị[^\n]*\n/,
        "\nCăn cứ Quy chế số 05-QC/TU ngày 10/10/2018 của Tỉnh ủy Gia Lai quản lý thống nhất các hoạt động đối ngoại; Quyết định số 2/QĐ-BVHTTDL ngày 02/01/2019 của Bộ Văn hóa, Thể thao và Du lịch về công tác quảng bá; Công văn số 15/UBND-KGVX ngày 03/01/2019 của Ủy ban nhân dân tỉnh Gia Lai triển khai công tác năm 2019; Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch hoạt động thông tin đối ngoại năm 2019 như sau:\n",
      ),
    );
    expect(plan.legalBases.map((b) => [b.number, b.issuer])).toEqual([
      ["05-QC/TU", "Tỉnh ủy Gia Lai"],
      ["2/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"],
      ["15/UBND-KGVX", "Ủy ban nhân dân tỉnh Gia Lai"],
    ]);
  });
});
