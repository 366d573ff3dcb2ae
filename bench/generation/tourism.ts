import type { DataSource } from "typeorm";
import { CulturalEvent, CulturalEventKind } from "../../subgraphs/tourism/cultural-event";
import { Destination, DestinationKind } from "../../subgraphs/tourism/destination";
import { PromotionCampaign } from "../../subgraphs/tourism/promotion-campaign";
import { Publication, PublicationFormat } from "../../subgraphs/tourism/publication";
import { bulkInsert, type Progress } from "./bulk";
import { COMMUNITIES, NEIGHBOUR_LANGUAGE, PARTNER_COUNTRIES } from "./geography";
import { countryFor, countryName, placeName } from "./names";
import { addDays, Random, scaled } from "./random";
import { perProvince, perProvinceYear, recordBase } from "./records";
import type { World } from "./world";

const FORMAT_LABEL: Record<PublicationFormat, string> = {
  BROCHURE: "Tập gấp",
  VIDEO: "Video",
  BOOK: "Sách ảnh",
  DVD: "Đĩa DVD",
  WEBSITE: "Trang thông tin",
  PANEL: "Pa nô",
};
const TOPICS = ["tiềm năng du lịch", "văn hóa các dân tộc", "cơ hội đầu tư", "di sản và lễ hội", "ẩm thực", "làng nghề truyền thống"];
const DESTINATION_LABEL: Record<DestinationKind, string> = {
  HISTORIC_SITE: "Di tích lịch sử",
  SCENIC_SPOT: "Danh thắng",
  CULTURAL_HERITAGE: "Di sản văn hóa",
  ECOTOURISM: "Khu du lịch sinh thái",
  SPIRITUAL: "Khu du lịch tâm linh",
  BORDER_TOURISM: "Điểm du lịch biên giới",
};

/** Cultural events, promotion campaigns, publications and destinations. */
export async function seedDepartment(db: DataSource, world: World, progress: Progress): Promise<void> {
  const random = new Random(world.seed + 3);
  const n = (base: number) => scaled(base, world.scale);

  await bulkInsert(
    db,
    CulturalEvent,
    perProvinceYear(
      world,
      () => n(250),
      (p, year, i): Partial<CulturalEvent> => {
        const kind = random.weighted({
          FESTIVAL: 30,
          CULTURAL_EXCHANGE: 25,
          PERFORMANCE: 20,
          SPORTS_EXCHANGE: 15,
          EXHIBITION: 10,
        }) as CulturalEventKind;
        const country = random.chance(0.45) ? countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.7) : null;
        const partner = country ? countryName(country) : null;
        const names: Record<CulturalEventKind, string> = {
          FESTIVAL: `Lễ hội văn hóa ${random.pick(COMMUNITIES[p.region])} ${placeName(random)}`,
          CULTURAL_EXCHANGE: partner ? `Giao lưu văn hóa ${p.name} – ${partner}` : `Tuần văn hóa các dân tộc tỉnh ${p.name}`,
          PERFORMANCE: `Chương trình nghệ thuật chào mừng ${partner ? `đoàn ${partner}` : "khách quốc tế"}`,
          SPORTS_EXCHANGE: `Giải thể thao hữu nghị ${partner ? `Việt Nam – ${partner}` : `tỉnh ${p.name}`}`,
          EXHIBITION: `Triển lãm ảnh "${p.name} – đất và người"`,
        };
        const startsOn = random.dateIn(year);
        return {
          ...recordBase(random, world, p, year, "tourism", ["SVHTTDL"], 0.75),
          id: `bench-ce-${p.code}-${year}-${i}`,
          name: names[kind],
          kind,
          startsOn,
          endsOn: addDays(startsOn, random.int(0, 3)),
          venue: country && random.chance(0.3) ? countryName(country) : p.name,
          countryCode: country,
          communities: random.some(COMMUNITIES[p.region], random.int(1, 3)),
          description: null,
        };
      },
    ),
    progress,
    "tourism",
  );

  await bulkInsert(
    db,
    PromotionCampaign,
    perProvinceYear(
      world,
      () => n(50),
      (p, year, i): Partial<PromotionCampaign> => {
        const country = random.chance(0.7) ? countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.4) : null;
        const startsOn = random.dateIn(year);
        return {
          ...recordBase(random, world, p, year, "tourism", ["SVHTTDL", "TTXTTMDT"], 0.8),
          id: `bench-pc-${p.code}-${year}-${i}`,
          name: `Quảng bá du lịch ${p.name} ${country ? `tại thị trường ${countryName(country)}` : "trong nước"} năm ${year} (${i})`,
          theme: random.pick(["Điểm đến an toàn, thân thiện", "Hai quốc gia, một điểm đến", "Sắc màu văn hóa các dân tộc"]),
          startsOn,
          endsOn: addDays(startsOn, random.int(7, 90)),
          countryCode: country,
          channels: random.some(
            ["Đài Phát thanh - Truyền hình", "Cổng thông tin điện tử", "hội chợ du lịch", "mạng xã hội"],
            random.int(1, 3),
          ),
          description: null,
        };
      },
    ),
    progress,
    "tourism",
  );

  await bulkInsert(
    db,
    Publication,
    perProvinceYear(
      world,
      () => n(200),
      (p, year, i): Partial<Publication> => {
        const format = random.weighted({ BROCHURE: 35, VIDEO: 20, BOOK: 10, DVD: 5, WEBSITE: 10, PANEL: 20 }) as PublicationFormat;
        const neighbour = p.neighbours.length > 0 ? NEIGHBOUR_LANGUAGE[random.pick(p.neighbours)] : undefined;
        return {
          ...recordBase(random, world, p, year, "tourism", ["SVHTTDL", "STTTT"], 0.85),
          id: `bench-pub-${p.code}-${year}-${i}`,
          title: `${FORMAT_LABEL[format]} giới thiệu ${random.pick(TOPICS)} tỉnh ${p.name} (${year}-${i})`,
          format,
          languages: ["vi", "en", ...(neighbour && random.chance(0.6) ? [neighbour] : [])],
          publishedOn: random.dateIn(year),
          copies: format === "WEBSITE" ? null : random.int(200, 5000),
          description: null,
        };
      },
    ),
    progress,
    "tourism",
  );

  await bulkInsert(
    db,
    Destination,
    perProvince(
      world,
      () => n(50),
      (p, i): Partial<Destination> => {
        const kind = (
          p.gates.length > 0 && random.chance(0.15) ? "BORDER_TOURISM" : random.pick(Object.keys(DESTINATION_LABEL))
        ) as DestinationKind;
        return {
          ...recordBase(random, world, p, null, "tourism", ["SVHTTDL"], 0.95),
          id: `bench-dest-${p.code}-${i}`,
          name: `${DESTINATION_LABEL[kind]} ${placeName(random)}`,
          kind,
          district: `huyện ${placeName(random)}`,
          description: null,
          materialLanguages: ["vi", "en"],
        };
      },
    ),
    progress,
    "tourism",
  );
}
