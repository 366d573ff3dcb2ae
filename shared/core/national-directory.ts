import { foldVietnamese } from "./text";

/**
 * Vietnam's provinces and centrally-run cities, before and after the
 * reorganisation of 1 July 2025 (Resolution 202/2025/QH15): the 63 in force
 * until 30 June 2025 and the 34 since. Each is identified by its ISO
 * 3166-2:VN code, which the hub has always used: a province that kept its
 * name in the merger keeps its code (Gia Lai is VN-30 before and after; its
 * territory now includes the former Bình Định, VN-31), so existing codes keep
 * working and every current province has one. Merged provinces name their
 * successor. `gso` is the statistics office's number; `gso2025` the one a
 * current province carries since the merger (the code of one of the old ones).
 */
export interface NationalProvince {
  iso: string;
  gso: string;
  name: string;
  /** "tỉnh" or "thành phố" (centrally-run city). */
  kind: "tỉnh" | "thành phố";
  /** Last day in force, for the 29 merged into another. */
  validUntil?: string;
  /** The province it was merged into. */
  successor?: string;
  /** Since 1 July 2025, for the 34 in force. */
  gso2025?: string;
  /** Other spellings seen in documents. */
  aliases?: string[];
}

const MERGED = "2025-06-30";
const into = (successor: string) => ({ validUntil: MERGED, successor });

export const NATIONAL_PROVINCES: NationalProvince[] = [
  { iso: "VN-HN", gso: "01", name: "Hà Nội", kind: "thành phố", gso2025: "01" },
  { iso: "VN-03", gso: "02", name: "Hà Giang", kind: "tỉnh", ...into("VN-07") },
  { iso: "VN-04", gso: "04", name: "Cao Bằng", kind: "tỉnh", gso2025: "04" },
  { iso: "VN-53", gso: "06", name: "Bắc Kạn", kind: "tỉnh", ...into("VN-69"), aliases: ["Bắc Cạn"] },
  { iso: "VN-07", gso: "08", name: "Tuyên Quang", kind: "tỉnh", gso2025: "08" },
  { iso: "VN-02", gso: "10", name: "Lào Cai", kind: "tỉnh", gso2025: "15" },
  { iso: "VN-71", gso: "11", name: "Điện Biên", kind: "tỉnh", gso2025: "11" },
  { iso: "VN-01", gso: "12", name: "Lai Châu", kind: "tỉnh", gso2025: "12" },
  { iso: "VN-05", gso: "14", name: "Sơn La", kind: "tỉnh", gso2025: "14" },
  { iso: "VN-06", gso: "15", name: "Yên Bái", kind: "tỉnh", ...into("VN-02") },
  { iso: "VN-14", gso: "17", name: "Hòa Bình", kind: "tỉnh", ...into("VN-68") },
  { iso: "VN-69", gso: "19", name: "Thái Nguyên", kind: "tỉnh", gso2025: "19" },
  { iso: "VN-09", gso: "20", name: "Lạng Sơn", kind: "tỉnh", gso2025: "20" },
  { iso: "VN-13", gso: "22", name: "Quảng Ninh", kind: "tỉnh", gso2025: "22" },
  { iso: "VN-54", gso: "24", name: "Bắc Giang", kind: "tỉnh", ...into("VN-56") },
  { iso: "VN-68", gso: "25", name: "Phú Thọ", kind: "tỉnh", gso2025: "25" },
  { iso: "VN-70", gso: "26", name: "Vĩnh Phúc", kind: "tỉnh", ...into("VN-68") },
  { iso: "VN-56", gso: "27", name: "Bắc Ninh", kind: "tỉnh", gso2025: "24" },
  { iso: "VN-61", gso: "30", name: "Hải Dương", kind: "tỉnh", ...into("VN-HP") },
  { iso: "VN-HP", gso: "31", name: "Hải Phòng", kind: "thành phố", gso2025: "31" },
  { iso: "VN-66", gso: "33", name: "Hưng Yên", kind: "tỉnh", gso2025: "33" },
  { iso: "VN-20", gso: "34", name: "Thái Bình", kind: "tỉnh", ...into("VN-66") },
  { iso: "VN-63", gso: "35", name: "Hà Nam", kind: "tỉnh", ...into("VN-18") },
  { iso: "VN-67", gso: "36", name: "Nam Định", kind: "tỉnh", ...into("VN-18") },
  { iso: "VN-18", gso: "37", name: "Ninh Bình", kind: "tỉnh", gso2025: "37" },
  { iso: "VN-21", gso: "38", name: "Thanh Hóa", kind: "tỉnh", gso2025: "38" },
  { iso: "VN-22", gso: "40", name: "Nghệ An", kind: "tỉnh", gso2025: "40" },
  { iso: "VN-23", gso: "42", name: "Hà Tĩnh", kind: "tỉnh", gso2025: "42" },
  { iso: "VN-24", gso: "44", name: "Quảng Bình", kind: "tỉnh", ...into("VN-25") },
  { iso: "VN-25", gso: "45", name: "Quảng Trị", kind: "tỉnh", gso2025: "44" },
  // Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025, and was not merged.
  {
    iso: "VN-26",
    gso: "46",
    name: "Huế",
    kind: "thành phố",
    gso2025: "46",
    aliases: ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên – Huế"],
  },
  { iso: "VN-DN", gso: "48", name: "Đà Nẵng", kind: "thành phố", gso2025: "48" },
  { iso: "VN-27", gso: "49", name: "Quảng Nam", kind: "tỉnh", ...into("VN-DN") },
  { iso: "VN-29", gso: "51", name: "Quảng Ngãi", kind: "tỉnh", gso2025: "51" },
  { iso: "VN-31", gso: "52", name: "Bình Định", kind: "tỉnh", ...into("VN-30") },
  { iso: "VN-32", gso: "54", name: "Phú Yên", kind: "tỉnh", ...into("VN-33") },
  { iso: "VN-34", gso: "56", name: "Khánh Hòa", kind: "tỉnh", gso2025: "56" },
  { iso: "VN-36", gso: "58", name: "Ninh Thuận", kind: "tỉnh", ...into("VN-34") },
  { iso: "VN-40", gso: "60", name: "Bình Thuận", kind: "tỉnh", ...into("VN-35") },
  { iso: "VN-28", gso: "62", name: "Kon Tum", kind: "tỉnh", ...into("VN-29"), aliases: ["Kontum"] },
  { iso: "VN-30", gso: "64", name: "Gia Lai", kind: "tỉnh", gso2025: "52" },
  { iso: "VN-33", gso: "66", name: "Đắk Lắk", kind: "tỉnh", gso2025: "66", aliases: ["Đắc Lắc", "Daklak"] },
  { iso: "VN-72", gso: "67", name: "Đắk Nông", kind: "tỉnh", ...into("VN-35"), aliases: ["Đắc Nông"] },
  { iso: "VN-35", gso: "68", name: "Lâm Đồng", kind: "tỉnh", gso2025: "68" },
  { iso: "VN-58", gso: "70", name: "Bình Phước", kind: "tỉnh", ...into("VN-39") },
  { iso: "VN-37", gso: "72", name: "Tây Ninh", kind: "tỉnh", gso2025: "80" },
  { iso: "VN-57", gso: "74", name: "Bình Dương", kind: "tỉnh", ...into("VN-SG") },
  { iso: "VN-39", gso: "75", name: "Đồng Nai", kind: "tỉnh", gso2025: "75" },
  {
    iso: "VN-43",
    gso: "77",
    name: "Bà Rịa - Vũng Tàu",
    kind: "tỉnh",
    ...into("VN-SG"),
    aliases: ["Bà Rịa – Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT"],
  },
  { iso: "VN-SG", gso: "79", name: "Hồ Chí Minh", kind: "thành phố", gso2025: "79", aliases: ["TP.HCM", "TP HCM", "TPHCM", "Sài Gòn"] },
  { iso: "VN-41", gso: "80", name: "Long An", kind: "tỉnh", ...into("VN-37") },
  { iso: "VN-46", gso: "82", name: "Tiền Giang", kind: "tỉnh", ...into("VN-45") },
  { iso: "VN-50", gso: "83", name: "Bến Tre", kind: "tỉnh", ...into("VN-49") },
  { iso: "VN-51", gso: "84", name: "Trà Vinh", kind: "tỉnh", ...into("VN-49") },
  { iso: "VN-49", gso: "86", name: "Vĩnh Long", kind: "tỉnh", gso2025: "86" },
  { iso: "VN-45", gso: "87", name: "Đồng Tháp", kind: "tỉnh", gso2025: "82" },
  { iso: "VN-44", gso: "89", name: "An Giang", kind: "tỉnh", gso2025: "91" },
  { iso: "VN-47", gso: "91", name: "Kiên Giang", kind: "tỉnh", ...into("VN-44") },
  { iso: "VN-CT", gso: "92", name: "Cần Thơ", kind: "thành phố", gso2025: "92" },
  { iso: "VN-73", gso: "93", name: "Hậu Giang", kind: "tỉnh", ...into("VN-CT") },
  { iso: "VN-52", gso: "94", name: "Sóc Trăng", kind: "tỉnh", ...into("VN-CT") },
  { iso: "VN-55", gso: "95", name: "Bạc Liêu", kind: "tỉnh", ...into("VN-59") },
  { iso: "VN-59", gso: "96", name: "Cà Mau", kind: "tỉnh", gso2025: "96" },
];

/** A written name folded for matching: no case or tone marks, "tỉnh"/"thành phố"/"TP." dropped, dashes as spaces. */
function key(written: string): string {
  return foldVietnamese(written)
    .replace(/[–—-]/g, " ")
    .replace(/^\s*(tinh|thanh pho|tp\.?)\s+/, "")
    .replace(/[.,;:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_KEY = new Map<string, NationalProvince>();
for (const province of NATIONAL_PROVINCES) for (const name of [province.name, ...(province.aliases ?? [])]) BY_KEY.set(key(name), province);

/** The province a document names, in any of its usual spellings ("TP. Hồ Chí Minh", "tỉnh Bà Rịa – Vũng Tàu"); null when none. */
export function provinceNamed(written: string): NationalProvince | null {
  return BY_KEY.get(key(written)) ?? null;
}

/** A province by its ISO 3166-2:VN code. */
export function provinceByCode(iso: string): NationalProvince | null {
  return NATIONAL_PROVINCES.find((p) => p.iso === iso) ?? null;
}

/** The province in force today that `iso`'s territory belongs to: itself, or where it was merged. */
export function currentProvince(iso: string): NationalProvince | null {
  const province = provinceByCode(iso);
  return province?.successor ? provinceByCode(province.successor) : province;
}

/** The provinces merged into `iso` (Bình Định into Gia Lai): their records are now its own history. */
export function predecessorsOf(iso: string): NationalProvince[] {
  return NATIONAL_PROVINCES.filter((p) => p.successor === iso);
}

/** `iso` and the provinces merged into it: whose INTERNAL records an official of `iso` reads. */
export function territoryOf(iso: string): string[] {
  return [iso, ...predecessorsOf(iso).map((p) => p.iso)];
}
