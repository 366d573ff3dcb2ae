import type { EntityManager } from "typeorm";
import { Classification } from "../../shared/core/domain";
import { insertDemo } from "../../shared/database/demo";
import { BorderCommune } from "./border-commune";
import { BorderGate, BorderGateKind } from "./border-gate";
import { BorderIncident } from "./border-incident";
import { InformationPoint, InformationPointKind, InformationPointStatus } from "./information-point";
import { OutreachSession } from "./outreach-session";
import { SelfManagementGroup } from "./self-management-group";

const GL = "VN-30";
const AG = "VN-44";
const commune = (slug: string) => `demo-border-security-commune-${slug}`;

const PANEL_NAME = "Cụm pa nô tuyên truyền thông tin đối ngoại, phân giới, cắm mốc và quản lý biên giới đất liền xã";
const DECISION_321 =
  "Theo Quyết định số 321/QĐ-UBND ngày 09/7/2018 của Ủy ban nhân dân tỉnh về Quy hoạch phát triển hệ thống thông tin đối ngoại khu vực Cửa khẩu quốc tế Lệ Thanh đến năm 2020, định hướng đến năm 2030.";

/** Demo border-guard records built on what the An Giang 2018 and Gia Lai 2019 plans name. */
export async function seedBorderSecurityDemo(manager: EntityManager): Promise<void> {
  // Gate ids are the hub-wide keys other departments already point at.
  await insertDemo(manager, BorderGate, [
    {
      id: "VN-30-le-thanh",
      provinceCode: GL,
      name: "Lệ Thanh",
      kind: BorderGateKind.INTERNATIONAL,
      countryCode: "KH",
      oppositeGate: "O Yadav",
      district: "Đức Cơ",
      description:
        "Cửa khẩu quốc tế trên tuyến biên giới Việt Nam – Campuchia tại xã Ia Dom, huyện Đức Cơ; đối diện cửa khẩu O Yadav (tỉnh Ratanakiri).",
      agencyIds: ["VN-30-BDBP"],
      classification: Classification.PUBLIC,
    },
    {
      id: "VN-44-tinh-bien",
      provinceCode: AG,
      name: "Tịnh Biên",
      kind: BorderGateKind.INTERNATIONAL,
      countryCode: "KH",
      oppositeGate: "Phnom Den",
      district: "Tịnh Biên",
      description: "Cửa khẩu quốc tế đường bộ, đối diện cửa khẩu Phnom Den (tỉnh Takeo, Campuchia).",
      agencyIds: ["VN-44-BDBP"],
      classification: Classification.PUBLIC,
    },
    {
      id: "VN-44-vinh-xuong",
      provinceCode: AG,
      name: "Vĩnh Xương",
      kind: BorderGateKind.INTERNATIONAL,
      countryCode: "KH",
      oppositeGate: "Ka Om Samnor",
      district: "Tân Châu",
      description: "Cửa khẩu quốc tế đường sông trên sông Tiền, đối diện cửa khẩu Ka Om Samnor (tỉnh Kandal, Campuchia).",
      agencyIds: ["VN-44-BDBP"],
      classification: Classification.PUBLIC,
    },
    {
      id: "VN-44-khanh-binh",
      provinceCode: AG,
      name: "Khánh Bình",
      kind: BorderGateKind.NATIONAL,
      countryCode: "KH",
      oppositeGate: "Chrey Thom",
      district: "An Phú",
      description: "Cửa khẩu quốc gia, đối diện cửa khẩu Chrey Thom (tỉnh Kandal, Campuchia).",
      agencyIds: ["VN-44-BDBP"],
      classification: Classification.PUBLIC,
    },
    {
      id: "VN-44-vinh-hoi-dong",
      provinceCode: AG,
      name: "Vĩnh Hội Đông",
      kind: BorderGateKind.NATIONAL,
      countryCode: "KH",
      oppositeGate: "Kampong Krasang",
      district: "An Phú",
      description: "Cửa khẩu quốc gia, đối diện cửa khẩu Kampong Krasang (tỉnh Takeo, Campuchia).",
      agencyIds: ["VN-44-BDBP"],
      classification: Classification.PUBLIC,
    },
  ]);

  await insertDemo(manager, BorderCommune, [
    {
      id: commune("ia-chia"),
      provinceCode: GL,
      name: "Ia Chía",
      district: "Ia Grai",
      countryCode: "KH",
      agencyIds: ["VN-30-UBND-H-ia-grai", "VN-30-BDBP"],
    },
    {
      id: commune("ia-o"),
      provinceCode: GL,
      name: "Ia O",
      district: "Ia Grai",
      countryCode: "KH",
      agencyIds: ["VN-30-UBND-H-ia-grai", "VN-30-BDBP"],
    },
    {
      id: commune("ia-dom"),
      provinceCode: GL,
      name: "Ia Dom",
      district: "Đức Cơ",
      countryCode: "KH",
      agencyIds: ["VN-30-UBND-H-duc-co", "VN-30-BDBP"],
    },
    {
      id: commune("ia-nan"),
      provinceCode: GL,
      name: "Ia Nan",
      district: "Đức Cơ",
      countryCode: "KH",
      agencyIds: ["VN-30-UBND-H-duc-co", "VN-30-BDBP"],
    },
    {
      id: commune("ia-pnon"),
      provinceCode: GL,
      name: "Ia Pnôn",
      district: "Đức Cơ",
      countryCode: "KH",
      agencyIds: ["VN-30-UBND-H-duc-co", "VN-30-BDBP"],
    },
    { id: commune("khanh-binh"), provinceCode: AG, name: "Khánh Bình", district: "An Phú", countryCode: "KH", agencyIds: ["VN-44-BDBP"] },
    { id: commune("vinh-xuong"), provinceCode: AG, name: "Vĩnh Xương", district: "Tân Châu", countryCode: "KH", agencyIds: ["VN-44-BDBP"] },
  ]);

  const glPanels = ["VN-30-STTTT", "VN-30-BDBP"];
  await insertDemo(manager, InformationPoint, [
    // Gia Lai task 8: panel clusters in the border communes of Ia Grai and Đức Cơ.
    {
      id: "demo-border-security-panels-ia-o",
      provinceCode: GL,
      name: `${PANEL_NAME} Ia O, huyện Ia Grai`,
      kind: InformationPointKind.PANEL_CLUSTER,
      status: InformationPointStatus.OPERATING,
      borderCommuneId: commune("ia-o"),
      installedOn: "2019-08-20",
      languages: ["vi", "jra"],
      taskId: "VN-30-2019:8",
      agencyIds: [...glPanels, "VN-30-UBND-H-ia-grai"],
    },
    {
      id: "demo-border-security-panels-ia-chia",
      provinceCode: GL,
      name: `${PANEL_NAME} Ia Chía, huyện Ia Grai`,
      kind: InformationPointKind.PANEL_CLUSTER,
      status: InformationPointStatus.OPERATING,
      borderCommuneId: commune("ia-chia"),
      installedOn: "2019-09-10",
      languages: ["vi", "jra"],
      taskId: "VN-30-2019:8",
      agencyIds: [...glPanels, "VN-30-UBND-H-ia-grai"],
    },
    {
      id: "demo-border-security-panels-ia-dom",
      provinceCode: GL,
      name: `${PANEL_NAME} Ia Dom, huyện Đức Cơ`,
      kind: InformationPointKind.PANEL_CLUSTER,
      status: InformationPointStatus.OPERATING,
      borderCommuneId: commune("ia-dom"),
      installedOn: "2019-07-25",
      languages: ["vi", "jra"],
      taskId: "VN-30-2019:8",
      agencyIds: [...glPanels, "VN-30-UBND-H-duc-co"],
    },
    {
      id: "demo-border-security-panels-ia-pnon",
      provinceCode: GL,
      name: `${PANEL_NAME} Ia Pnôn, huyện Đức Cơ`,
      kind: InformationPointKind.PANEL_CLUSTER,
      status: InformationPointStatus.UNDER_CONSTRUCTION,
      borderCommuneId: commune("ia-pnon"),
      languages: ["vi", "jra"],
      taskId: "VN-30-2019:8",
      agencyIds: [...glPanels, "VN-30-UBND-H-duc-co"],
    },
    // Gia Lai task 6: the Lệ Thanh gate's foreign-information system.
    {
      id: "demo-border-security-le-thanh-info-point",
      provinceCode: GL,
      name: "Điểm thông tin đối ngoại Cửa khẩu quốc tế Lệ Thanh",
      kind: InformationPointKind.INFORMATION_POINT,
      status: InformationPointStatus.OPERATING,
      borderGateId: "VN-30-le-thanh",
      borderCommuneId: commune("ia-dom"),
      installedOn: "2019-11-15",
      languages: ["vi", "en", "km"],
      description: DECISION_321,
      taskId: "VN-30-2019:6",
      agencyIds: ["VN-30-STTTT", "VN-30-BQLKKT", "VN-30-BDBP"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-border-security-le-thanh-screen",
      provinceCode: GL,
      name: "Màn hình điện tử thông tin đối ngoại khu vực Cửa khẩu quốc tế Lệ Thanh",
      kind: InformationPointKind.SCREEN,
      status: InformationPointStatus.PLANNED,
      borderGateId: "VN-30-le-thanh",
      borderCommuneId: commune("ia-dom"),
      languages: ["vi", "en", "km"],
      description: DECISION_321,
      taskId: "VN-30-2019:6",
      agencyIds: ["VN-30-STTTT", "VN-30-BQLKKT"],
    },
    // An Giang 5.1.5.d: information clusters at international and national gates.
    {
      id: "demo-border-security-tinh-bien-cluster",
      provinceCode: AG,
      name: "Cụm thông tin đối ngoại Cửa khẩu quốc tế Tịnh Biên",
      kind: InformationPointKind.INFORMATION_POINT,
      status: InformationPointStatus.OPERATING,
      borderGateId: "VN-44-tinh-bien",
      installedOn: "2018-06-20",
      languages: ["vi", "km", "en"],
      taskId: "VN-44-2018:5.1.5.d",
      agencyIds: ["VN-44-STTTT", "VN-44-BDBP"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-border-security-vinh-xuong-cluster",
      provinceCode: AG,
      name: "Cụm thông tin đối ngoại Cửa khẩu quốc tế Vĩnh Xương",
      kind: InformationPointKind.INFORMATION_POINT,
      status: InformationPointStatus.OPERATING,
      borderGateId: "VN-44-vinh-xuong",
      borderCommuneId: commune("vinh-xuong"),
      installedOn: "2018-09-05",
      languages: ["vi", "km", "en"],
      taskId: "VN-44-2018:5.1.5.d",
      agencyIds: ["VN-44-STTTT", "VN-44-BDBP"],
    },
  ]);

  await insertDemo(manager, OutreachSession, [
    {
      id: "demo-border-security-training-duc-co-2019",
      provinceCode: GL,
      topic:
        "Tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ biên phòng, người có uy tín, già làng, trưởng thôn các xã biên giới huyện Đức Cơ",
      heldOn: "2019-06-18",
      attendees: 120,
      language: "vi",
      location: "Hội trường Ủy ban nhân dân huyện Đức Cơ",
      taskId: "VN-30-2019:3",
      agencyIds: ["VN-30-STTTT", "VN-30-BDBP", "VN-30-UBND-H-duc-co"],
    },
    {
      id: "demo-border-security-demarcation-ia-o-2019",
      provinceCode: GL,
      topic: "Tuyên truyền kết quả phân giới, cắm mốc và quản lý biên giới đất liền Việt Nam – Campuchia cho nhân dân xã Ia O",
      heldOn: "2019-04-25",
      attendees: 150,
      language: "jra",
      borderCommuneId: commune("ia-o"),
      location: "Ủy ban nhân dân xã Ia O",
      taskId: "VN-30-2019:7",
      agencyIds: ["VN-30-BDBP", "VN-30-STTTT", "VN-30-UBND-H-ia-grai"],
    },
    {
      id: "demo-border-security-le-thanh-crossing-2019",
      provinceCode: GL,
      topic: "Phổ biến quy chế quản lý biên giới và cửa khẩu cho cư dân biên giới tại Cửa khẩu quốc tế Lệ Thanh",
      heldOn: "2019-10-08",
      attendees: 80,
      language: "vi",
      borderGateId: "VN-30-le-thanh",
      borderCommuneId: commune("ia-dom"),
      location: "Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh",
      taskId: "VN-30-2019:7",
      agencyIds: ["VN-30-BDBP", "VN-30-STTTT"],
    },
    {
      id: "demo-border-security-border-documents-ia-nan-2019",
      provinceCode: GL,
      topic:
        "Tuyên truyền các văn bản pháp lý về biên giới Việt Nam – Lào, Việt Nam – Campuchia và 03 văn kiện quản lý biên giới đất liền Việt Nam – Trung Quốc",
      heldOn: "2019-09-12",
      attendees: 90,
      language: "vi",
      borderCommuneId: commune("ia-nan"),
      location: "Ủy ban nhân dân xã Ia Nan",
      taskId: "VN-30-2019:9",
      agencyIds: ["VN-30-BDBP", "VN-30-STTTT", "VN-30-UBND-H-duc-co"],
    },
    {
      id: "demo-border-security-khanh-binh-2018",
      provinceCode: AG,
      topic: "Thông tin đối ngoại khu vực biên giới theo Kế hoạch số 44/KHPH-STTTT-BĐBP cho nhân dân xã Khánh Bình",
      heldOn: "2018-05-10",
      attendees: 200,
      language: "vi",
      borderGateId: "VN-44-khanh-binh",
      borderCommuneId: commune("khanh-binh"),
      location: "Ủy ban nhân dân xã Khánh Bình, huyện An Phú",
      taskId: "VN-44-2018:5.1.5.b",
      agencyIds: ["VN-44-BDBP", "VN-44-STTTT"],
    },
    {
      id: "demo-border-security-tinh-bien-crossing-2018",
      provinceCode: AG,
      topic: "Tuyên truyền cho nhân dân chấp hành quy định pháp luật của Việt Nam và Campuchia khi qua lại biên giới",
      heldOn: "2018-08-16",
      attendees: 160,
      language: "vi",
      borderGateId: "VN-44-tinh-bien",
      location: "Khu vực Cửa khẩu quốc tế Tịnh Biên",
      taskId: "VN-44-2018:5.1.5.b",
      agencyIds: ["VN-44-BDBP", "VN-44-STTTT"],
    },
  ]);

  await insertDemo(manager, SelfManagementGroup, [
    {
      id: "demo-border-security-group-khanh-binh",
      provinceCode: AG,
      name: "Tổ tự quản đường biên, cột mốc xã Khánh Bình",
      borderCommuneId: commune("khanh-binh"),
      members: 12,
      markers: "mốc 19–21 (số hiệu minh họa)",
      lengthKm: 3.5,
      establishedOn: "2018-03-15",
      agencyIds: ["VN-44-BDBP"],
    },
    {
      id: "demo-border-security-group-ia-dom",
      provinceCode: GL,
      name: "Tổ tự quản đường biên, cột mốc xã Ia Dom",
      borderCommuneId: commune("ia-dom"),
      members: 10,
      markers: "mốc 43–45 (số hiệu minh họa)",
      lengthKm: 4,
      establishedOn: "2019-03-20",
      agencyIds: ["VN-30-BDBP"],
    },
  ]);

  // Placeholders for exercising SECRET handling: invented, vague, and labelled as such.
  const placeholder = "Dữ liệu mẫu để kiểm thử bản ghi mật; không mô tả sự việc có thật.";
  await insertDemo(manager, BorderIncident, [
    {
      id: "demo-border-security-incident-le-thanh-1",
      provinceCode: GL,
      title: "Sự việc mẫu tại khu vực Cửa khẩu quốc tế Lệ Thanh (dữ liệu minh họa)",
      occurredOn: "2019-05-14",
      borderGateId: "VN-30-le-thanh",
      borderCommuneId: commune("ia-dom"),
      description: placeholder,
      actionTaken: "Đã xử lý và báo cáo theo quy định (dữ liệu minh họa).",
      agencyIds: ["VN-30-BDBP", "VN-30-CA"],
      classification: Classification.SECRET,
    },
    {
      id: "demo-border-security-incident-le-thanh-2",
      provinceCode: GL,
      title: "Sự việc mẫu thứ hai tại khu vực Cửa khẩu quốc tế Lệ Thanh (dữ liệu minh họa)",
      occurredOn: "2019-10-02",
      borderGateId: "VN-30-le-thanh",
      description: placeholder,
      actionTaken: "Đã phối hợp xử lý theo quy định (dữ liệu minh họa).",
      agencyIds: ["VN-30-BDBP"],
      classification: Classification.SECRET,
    },
    {
      id: "demo-border-security-incident-tinh-bien",
      provinceCode: AG,
      title: "Sự việc mẫu tại khu vực Cửa khẩu quốc tế Tịnh Biên (dữ liệu minh họa)",
      occurredOn: "2018-07-09",
      borderGateId: "VN-44-tinh-bien",
      description: placeholder,
      actionTaken: "Đã xử lý và báo cáo theo quy định (dữ liệu minh họa).",
      agencyIds: ["VN-44-BDBP", "VN-44-CA"],
      classification: Classification.SECRET,
    },
  ]);
}
