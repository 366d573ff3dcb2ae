import { agencyId } from "../../../shared/auth/identity";

export { agencyId };

export interface DirectoryEntry {
  code: string;
  name: string;
  nameEn: string;
  validFrom?: string;
  validUntil?: string;
  successorCode?: string;
  reportsRequired?: boolean;
}

/** The provincial departments every plan names (docs/domain.md), with the 2025 consolidation. */
const PROVINCIAL_AGENCIES: DirectoryEntry[] = [
  { code: "UBND", name: "Ủy ban nhân dân tỉnh", nameEn: "Provincial People's Committee", reportsRequired: false },
  {
    code: "STTTT",
    name: "Sở Thông tin và Truyền thông",
    nameEn: "Department of Information and Communications",
    validUntil: "2025-02-28",
    successorCode: "SKHCN",
  },
  { code: "SKHCN", name: "Sở Khoa học và Công nghệ", nameEn: "Department of Science and Technology", validFrom: "2025-03-01" },
  { code: "BTGTU", name: "Ban Tuyên giáo Tỉnh ủy", nameEn: "Party Propaganda Commission" },
  { code: "SNGV", name: "Sở Ngoại vụ", nameEn: "Department of Foreign Affairs" },
  { code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch", nameEn: "Department of Culture, Sports and Tourism" },
  { code: "SCT", name: "Sở Công Thương", nameEn: "Department of Industry and Trade" },
  { code: "TTXTTMDT", name: "Trung tâm Xúc tiến Thương mại và Đầu tư", nameEn: "Trade and Investment Promotion Centre" },
  {
    code: "SKHDT",
    name: "Sở Kế hoạch và Đầu tư",
    nameEn: "Department of Planning and Investment",
    validUntil: "2025-02-28",
    successorCode: "STC",
  },
  { code: "BQLKKT", name: "Ban Quản lý Khu kinh tế tỉnh", nameEn: "Economic Zone Authority" },
  {
    code: "SNNPTNT",
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    nameEn: "Department of Agriculture and Rural Development",
    validUntil: "2025-02-28",
    successorCode: "SNNMT",
  },
  // Agriculture and Natural Resources and Environment merged on 1 March 2025
  { code: "SNNMT", name: "Sở Nông nghiệp và Môi trường", nameEn: "Department of Agriculture and Environment", validFrom: "2025-03-01" },
  { code: "SNV", name: "Sở Nội vụ", nameEn: "Department of Home Affairs" },
  { code: "STC", name: "Sở Tài chính", nameEn: "Department of Finance" },
  { code: "CA", name: "Công an tỉnh", nameEn: "Provincial Police" },
  { code: "BCHQS", name: "Bộ Chỉ huy Quân sự tỉnh", nameEn: "Provincial Military Command" },
  { code: "BDBP", name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", nameEn: "Border Guard Command" },
  { code: "MTTQ", name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", nameEn: "Fatherland Front Committee" },
  { code: "LHHN", name: "Liên hiệp các tổ chức hữu nghị tỉnh", nameEn: "Union of Friendship Organisations" },
  { code: "BAO", name: "Báo tỉnh", nameEn: "Provincial newspaper" },
  { code: "DAI", name: "Đài Phát thanh - Truyền hình tỉnh", nameEn: "Provincial radio and television" },
  { code: "CTTDT", name: "Cổng thông tin điện tử tỉnh", nameEn: "Provincial web portal" },
];

export interface ProvinceDirectory {
  code: string;
  name: string;
  agencies: DirectoryEntry[];
}

/**
 * The reference directory: the provinces the hub knows by name and the
 * agencies each one has. The plan parser recognises provinces and agencies
 * by it, and a new hub's directory starts from it (with the demo data).
 */
export const REFERENCE_DIRECTORY: ProvinceDirectory[] = [
  {
    code: "VN-44",
    name: "An Giang",
    agencies: PROVINCIAL_AGENCIES.map((a) =>
      a.code === "BAO" ? { ...a, name: "Báo An Giang" } : a.code === "DAI" ? { ...a, name: "Đài Phát thanh - Truyền hình An Giang" } : a,
    ),
  },
  {
    code: "VN-30",
    name: "Gia Lai",
    agencies: [
      ...PROVINCIAL_AGENCIES.map((a) =>
        a.code === "BAO" ? { ...a, name: "Báo Gia Lai" } : a.code === "DAI" ? { ...a, name: "Đài Phát thanh - Truyền hình Gia Lai" } : a,
      ),
      {
        code: "UBND-H:Đức Cơ",
        name: "Ủy ban nhân dân huyện Đức Cơ",
        nameEn: "Đức Cơ District People's Committee",
        validUntil: "2025-06-30",
      },
      {
        code: "UBND-H:Ia Grai",
        name: "Ủy ban nhân dân huyện Ia Grai",
        nameEn: "Ia Grai District People's Committee",
        validUntil: "2025-06-30",
      },
    ],
  },
  { code: "VN-37", name: "Tây Ninh", agencies: [] },
  { code: "VN-49", name: "Vĩnh Long", agencies: [] },
];
