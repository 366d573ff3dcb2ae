import type { DataSource } from "typeorm";
import { FtaOutreach } from "../../subgraphs/trade/fta-outreach";
import { InvestmentProject, InvestmentProjectStatus } from "../../subgraphs/trade/investment-project";
import { Product } from "../../subgraphs/trade/product";
import { TradeEvent, TradeEventKind } from "../../subgraphs/trade/trade-event";
import { bulkInsert, type Progress } from "./bulk";
import { PARTNER_COUNTRIES } from "./geography";
import { countryFor, countryName } from "./names";
import { addDays, Random, scaled } from "./random";
import { perProvince, perProvinceYear, recordBase } from "./records";
import type { World } from "./world";

const PRODUCTS = [
  "gạo",
  "cà phê",
  "hồ tiêu",
  "điều",
  "cao su",
  "thủy sản",
  "trái cây",
  "chè",
  "mật ong",
  "sản phẩm OCOP",
  "hàng thủ công mỹ nghệ",
  "dệt may",
];
const SECTORS = [
  "Logistics",
  "Chế biến nông sản",
  "Năng lượng tái tạo",
  "Du lịch",
  "Hạ tầng khu công nghiệp",
  "Thương mại biên giới",
  "Dệt may",
  "Điện tử",
];
const AGREEMENTS = ["EVFTA", "CPTPP", "RCEP", "UKVFTA", "ATIGA", "VKFTA"];

/** Trade events, investment projects, FTA briefings and export products. */
export async function seedDepartment(db: DataSource, world: World, progress: Progress): Promise<void> {
  const random = new Random(world.seed + 2);
  const n = (base: number) => scaled(base, world.scale);

  await bulkInsert(
    db,
    TradeEvent,
    perProvinceYear(
      world,
      () => n(300),
      (p, year, i): Partial<TradeEvent> => {
        const gate = p.gates.length > 0 && random.chance(0.3) ? random.pick(p.gates) : null;
        const country = gate ? gate.countryCode : random.chance(0.75) ? countryFor(random, p.neighbours, PARTNER_COUNTRIES) : null;
        const kind = random.weighted({
          FAIR: 30,
          EXHIBITION: 20,
          INVESTMENT_CONFERENCE: 10,
          MARKET_SURVEY: 20,
          BUSINESS_MATCHING: 20,
        }) as TradeEventKind;
        const where = country ? countryName(country) : p.name;
        const product = random.pick(PRODUCTS);
        const names: Record<TradeEventKind, string> = {
          FAIR: gate ? `Hội chợ Thương mại biên giới tại Cửa khẩu ${gate.name}` : `Hội chợ Thương mại ${where} – ${p.name} năm ${year}`,
          EXHIBITION: `Triển lãm ${product} tỉnh ${p.name}`,
          INVESTMENT_CONFERENCE: `Hội nghị xúc tiến thương mại, đầu tư ${p.name} – ${where}`,
          MARKET_SURVEY: `Đoàn khảo sát thị trường ${product} tại ${where}`,
          BUSINESS_MATCHING: `Hội nghị kết nối giao thương ${product} với doanh nghiệp ${where}`,
        };
        const startsOn = random.dateIn(year);
        return {
          ...recordBase(random, world, p, year, "trade", ["SCT", "TTXTTMDT"], 0.7),
          id: `bench-te-${p.code}-${year}-${i}`,
          name: names[kind],
          kind,
          startsOn,
          endsOn: addDays(startsOn, random.int(0, 4)),
          venue: gate ? `Khu kinh tế cửa khẩu ${gate.name}` : where,
          organizer: `Trung tâm Xúc tiến Thương mại và Đầu tư ${p.name}`,
          participatingBusinesses: random.int(5, 300),
          description: null,
          countryCode: country,
          borderGateId: gate?.id ?? null,
        };
      },
    ),
    progress,
    "trade",
  );

  await bulkInsert(
    db,
    InvestmentProject,
    perProvinceYear(
      world,
      () => n(120),
      (p, year, i): Partial<InvestmentProject> => {
        const gate = p.gates.length > 0 && random.chance(0.35) ? random.pick(p.gates) : null;
        const sector = random.pick(SECTORS);
        return {
          ...recordBase(random, world, p, year, "trade", ["SKHDT", "BQLKKT"], 0.5),
          id: `bench-ip-${p.code}-${year}-${i}`,
          name: `Dự án ${sector.toLowerCase()} ${gate ? `khu kinh tế cửa khẩu ${gate.name}` : `tỉnh ${p.name}`} (${i})`,
          sector,
          status: random.weighted({
            CALLING_FOR_INVESTMENT: 35,
            LICENSED: 25,
            UNDER_CONSTRUCTION: 20,
            OPERATING: 15,
            WITHDRAWN: 5,
          }) as InvestmentProjectStatus,
          investor: random.chance(0.6)
            ? `Công ty TNHH Đầu tư ${random.pick(["Phát triển", "Thương mại", "Công nghiệp", "Năng lượng"])} ${i}`
            : null,
          capitalMillionUsd: Math.round(random.next() * 5000) / 10,
          location: gate ? `Khu kinh tế cửa khẩu ${gate.name}` : p.name,
          registeredOn: random.dateIn(year),
          investorCountryCode: random.chance(0.6) ? countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.3) : null,
          borderGateId: gate?.id ?? null,
        };
      },
    ),
    progress,
    "trade",
  );

  await bulkInsert(
    db,
    FtaOutreach,
    perProvinceYear(
      world,
      () => n(50),
      (p, year, i): Partial<FtaOutreach> => {
        const agreement = random.pick(AGREEMENTS);
        return {
          ...recordBase(random, world, p, year, "trade", ["SCT"], 0.8),
          id: `bench-fta-${p.code}-${year}-${i}`,
          title: `Hội nghị phổ biến Hiệp định ${agreement} cho doanh nghiệp tỉnh ${p.name}`,
          agreement,
          heldOn: random.dateIn(year),
          venue: `Hội trường Sở Công Thương ${p.name}`,
          audience: "doanh nghiệp xuất khẩu",
          attendees: random.int(40, 250),
        };
      },
    ),
    progress,
    "trade",
  );

  await bulkInsert(
    db,
    Product,
    perProvince(
      world,
      () => n(40),
      (p, i): Partial<Product> => {
        const product = random.pick(PRODUCTS);
        return {
          ...recordBase(random, world, p, null, "trade", ["SCT"], 0.9),
          id: `bench-product-${p.code}-${i}`,
          name: `${product[0].toUpperCase()}${product.slice(1)} ${p.name} (${i})`,
          category: random.pick(["Nông sản", "Thủy sản", "Thủ công mỹ nghệ", "Công nghiệp"]),
          description: null,
          exportMarketCodes: random.some(PARTNER_COUNTRIES, random.int(1, 3)),
        };
      },
    ),
    progress,
    "trade",
  );
}
