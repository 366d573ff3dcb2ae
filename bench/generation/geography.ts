import { slug } from "../../shared/core/text";

export type GateKind = "INTERNATIONAL" | "NATIONAL" | "AUXILIARY";
export type Region = "north" | "central" | "highlands" | "south";

export interface GateSpec {
  id: string;
  name: string;
  kind: GateKind;
  countryCode: string;
  oppositeGate: string;
}

export interface ProvinceSpec {
  code: string;
  name: string;
  region: Region;
  /** Countries across its land border, if any. */
  neighbours: string[];
  gates: GateSpec[];
}

type GateRow = [name: string, kind: GateKind, country: string, opposite: string];
type ProvinceRow = [code: string, name: string, region: Region, neighbours: string, gates: GateRow[]];

const I = "INTERNATIONAL";
const N = "NATIONAL";

/** 34 provinces by ISO 3166-2:VN code: the 25 on the land border with their main gates, then 9 more. */
const ROWS: ProvinceRow[] = [
  ["VN-01", "Lai Châu", "north", "CN", [["Ma Lù Thàng", N, "CN", "Kim Thủy Hà"]]],
  [
    "VN-02",
    "Lào Cai",
    "north",
    "CN",
    [
      ["Lào Cai", I, "CN", "Hà Khẩu"],
      ["Kim Thành", I, "CN", "Bá Sái"],
      ["Mường Khương", N, "CN", "Kiều Đầu"],
    ],
  ],
  [
    "VN-03",
    "Hà Giang",
    "north",
    "CN",
    [
      ["Thanh Thủy", I, "CN", "Thiên Bảo"],
      ["Phó Bảng", N, "CN", "Đổng Cán"],
      ["Xín Mần", N, "CN", "Đô Long"],
    ],
  ],
  [
    "VN-04",
    "Cao Bằng",
    "north",
    "CN",
    [
      ["Tà Lùng", N, "CN", "Thủy Khẩu"],
      ["Trà Lĩnh", N, "CN", "Long Bang"],
      ["Sóc Giang", N, "CN", "Bình Mãng"],
    ],
  ],
  [
    "VN-09",
    "Lạng Sơn",
    "north",
    "CN",
    [
      ["Hữu Nghị", I, "CN", "Hữu Nghị Quan"],
      ["Đồng Đăng", I, "CN", "Bằng Tường"],
      ["Chi Ma", N, "CN", "Ái Điểm"],
      ["Tân Thanh", "AUXILIARY", "CN", "Pò Chài"],
    ],
  ],
  [
    "VN-13",
    "Quảng Ninh",
    "north",
    "CN",
    [
      ["Móng Cái", I, "CN", "Đông Hưng"],
      ["Hoành Mô", N, "CN", "Động Trung"],
      ["Bắc Phong Sinh", N, "CN", "Lý Hỏa"],
    ],
  ],
  [
    "VN-71",
    "Điện Biên",
    "north",
    "CN,LA",
    [
      ["Tây Trang", I, "LA", "Pang Hốc"],
      ["A Pa Chải", N, "CN", "Long Phú"],
      ["Huổi Puốc", N, "LA", "Na Son"],
    ],
  ],
  [
    "VN-05",
    "Sơn La",
    "north",
    "LA",
    [
      ["Lóng Sập", I, "LA", "Pa Háng"],
      ["Chiềng Khương", N, "LA", "Bản Đán"],
    ],
  ],
  [
    "VN-21",
    "Thanh Hóa",
    "central",
    "LA",
    [
      ["Na Mèo", I, "LA", "Nậm Xôi"],
      ["Tén Tằn", N, "LA", "Xổm Vẳng"],
    ],
  ],
  [
    "VN-22",
    "Nghệ An",
    "central",
    "LA",
    [
      ["Nậm Cắn", I, "LA", "Nậm Cắn"],
      ["Thanh Thủy", N, "LA", "Nậm On"],
      ["Tam Hợp", N, "LA", "Nậm Xắc"],
    ],
  ],
  ["VN-23", "Hà Tĩnh", "central", "LA", [["Cầu Treo", I, "LA", "Nậm Phao"]]],
  [
    "VN-24",
    "Quảng Bình",
    "central",
    "LA",
    [
      ["Cha Lo", I, "LA", "Na Phàu"],
      ["Cà Roòng", N, "LA", "Noọng Mạ"],
    ],
  ],
  [
    "VN-25",
    "Quảng Trị",
    "central",
    "LA",
    [
      ["Lao Bảo", I, "LA", "Đen Sa Vẳn"],
      ["La Lay", I, "LA", "La Lay"],
    ],
  ],
  ["VN-26", "Thừa Thiên Huế", "central", "LA", [["A Đớt", N, "LA", "Tà Vàng"]]],
  ["VN-27", "Quảng Nam", "central", "LA", [["Nam Giang", N, "LA", "Đắc Tà Oọc"]]],
  ["VN-28", "Kon Tum", "highlands", "LA,KH", [["Bờ Y", I, "LA", "Phu Cưa"]]],
  ["VN-30", "Gia Lai", "highlands", "KH", [["Lệ Thanh", I, "KH", "O Yadav"]]],
  ["VN-33", "Đắk Lắk", "highlands", "KH", [["Đắk Ruê", N, "KH", "Chi Miết"]]],
  [
    "VN-72",
    "Đắk Nông",
    "highlands",
    "KH",
    [
      ["Bu Prăng", N, "KH", "Ô Raing"],
      ["Đắk Peur", N, "KH", "Nâm Lia"],
    ],
  ],
  [
    "VN-58",
    "Bình Phước",
    "south",
    "KH",
    [
      ["Hoa Lư", I, "KH", "Trapeang Sre"],
      ["Hoàng Diệu", N, "KH", "Lapakhe"],
    ],
  ],
  [
    "VN-37",
    "Tây Ninh",
    "south",
    "KH",
    [
      ["Mộc Bài", I, "KH", "Bavet"],
      ["Xa Mát", I, "KH", "Trapeang Phlong"],
      ["Chàng Riệc", N, "KH", "Da"],
    ],
  ],
  ["VN-41", "Long An", "south", "KH", [["Bình Hiệp", I, "KH", "Prey Vor"]]],
  [
    "VN-45",
    "Đồng Tháp",
    "south",
    "KH",
    [
      ["Thường Phước", I, "KH", "Koh Roka"],
      ["Dinh Bà", I, "KH", "Bontia Chakrey"],
    ],
  ],
  [
    "VN-44",
    "An Giang",
    "south",
    "KH",
    [
      ["Tịnh Biên", I, "KH", "Phnom Den"],
      ["Vĩnh Xương", I, "KH", "Ka Om Samnor"],
      ["Khánh Bình", N, "KH", "Chrey Thom"],
      ["Vĩnh Hội Đông", N, "KH", "Kampong Krasang"],
    ],
  ],
  [
    "VN-47",
    "Kiên Giang",
    "south",
    "KH",
    [
      ["Hà Tiên", I, "KH", "Prek Chak"],
      ["Giang Thành", N, "KH", "Ton Hon"],
    ],
  ],
  ["VN-29", "Quảng Ngãi", "central", "", []],
  ["VN-31", "Bình Định", "central", "", []],
  ["VN-32", "Phú Yên", "central", "", []],
  ["VN-34", "Khánh Hòa", "central", "", []],
  ["VN-35", "Lâm Đồng", "highlands", "", []],
  ["VN-40", "Bình Thuận", "south", "", []],
  ["VN-49", "Vĩnh Long", "south", "", []],
  ["VN-69", "Thái Nguyên", "north", "", []],
  ["VN-56", "Bắc Ninh", "north", "", []],
];

export const PROVINCES: ProvinceSpec[] = ROWS.map(([code, name, region, neighbours, gates]) => ({
  code,
  name,
  region,
  neighbours: neighbours ? neighbours.split(",") : [],
  // Gate ids follow the hub's convention, e.g. VN-30-le-thanh.
  gates: gates.map(([gateName, kind, countryCode, oppositeGate]) => ({
    id: `${code}-${slug(gateName)}`,
    name: gateName,
    kind,
    countryCode,
    oppositeGate,
  })),
}));

/** Partner countries beyond the neighbours, most frequent first. */
export const PARTNER_COUNTRIES = ["TH", "KR", "JP", "CN", "US", "SG", "FR", "DE", "AU", "MY", "ID", "IN", "RU", "GB", "LA", "KH"];

/** Localities the provinces partner, by country, as the provinces write them. */
export const PARTNER_LOCALITIES: Record<string, string[]> = {
  KH: ["Ratanakiri", "Mondulkiri", "Stung Treng", "Kratie", "Tbong Khmum", "Svay Rieng", "Prey Veng", "Kandal", "Takeo", "Kampot", "Kep"],
  LA: [
    "Phongsaly",
    "Luang Namtha",
    "Oudomxay",
    "Luang Prabang",
    "Houaphanh",
    "Xiengkhouang",
    "Bolikhamxay",
    "Khammouane",
    "Savannakhet",
    "Salavan",
    "Sekong",
    "Attapeu",
    "Champasak",
  ],
  CN: ["Khu tự trị dân tộc Choang Quảng Tây", "Vân Nam", "Quảng Đông", "Hải Nam"],
  TH: ["Ubon Ratchathani", "Nakhon Phanom", "Mukdahan", "Udon Thani", "Khon Kaen"],
  KR: ["Gyeonggi", "Gangwon", "Chungcheong Nam", "Gyeongsang Bắc"],
  JP: ["Shizuoka", "Fukuoka", "Okayama", "Tottori"],
  FR: ["Yvelines", "Seine-Saint-Denis"],
  US: ["Oregon", "Washington"],
  AU: ["Nam Úc", "Tây Úc"],
};

/** Ethnic communities whose culture events present, by region. */
export const COMMUNITIES: Record<Region, string[]> = {
  north: ["Kinh", "Tày", "Nùng", "H'Mông", "Dao", "Thái", "Giáy"],
  central: ["Kinh", "Thái", "Bru - Vân Kiều", "Cơ Tu", "Tà Ôi", "Chăm"],
  highlands: ["Kinh", "Jrai", "Bahnar", "Ê Đê", "M'Nông", "Xơ Đăng", "Cơ Ho"],
  south: ["Kinh", "Khmer", "Hoa", "Chăm", "Stiêng"],
};

/** ISO 639 code of the language across the border, for bilingual material. */
export const NEIGHBOUR_LANGUAGE: Record<string, string> = { KH: "km", LA: "lo", CN: "zh" };
