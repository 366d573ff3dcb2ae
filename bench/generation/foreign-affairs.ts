import type { DataSource } from "typeorm";
import { Delegation, DelegationDirection } from "../../subgraphs/foreign-affairs/delegation";
import { ForeignPressVisit } from "../../subgraphs/foreign-affairs/foreign-press-visit";
import { MediaMonitoringItem, MediaSentiment } from "../../subgraphs/foreign-affairs/media-monitoring-item";
import { OverseasCommunity } from "../../subgraphs/foreign-affairs/overseas-community";
import { PartnerLocality } from "../../subgraphs/foreign-affairs/partner-locality";
import { PressConference } from "../../subgraphs/foreign-affairs/press-conference";
import { bulkInsert, type Progress } from "./bulk";
import { PARTNER_COUNTRIES, PARTNER_LOCALITIES, type ProvinceSpec } from "./geography";
import { countryFor, countryName } from "./names";
import { addDays, Random, scaled } from "./random";
import { perProvince, perProvinceYear, recordBase } from "./records";
import type { World } from "./world";

const OUTLETS: Record<string, string[]> = {
  KH: ["Đài Truyền hình Quốc gia Campuchia (TVK)", "Thông tấn xã Campuchia (AKP)", "Báo Rasmei Kampuchea"],
  LA: ["Thông tấn xã Lào (KPL)", "Báo Pasaxon", "Đài Truyền hình Quốc gia Lào (LNTV)"],
  CN: ["Tân Hoa Xã", "Đài Truyền hình Trung ương Trung Quốc (CCTV)", "Báo Nhân dân Nhật báo"],
  TH: ["Báo Bangkok Post", "Đài Thai PBS"],
  KR: ["Hãng thông tấn Yonhap", "Đài KBS"],
  JP: ["Đài NHK", "Hãng thông tấn Kyodo"],
  US: ["Hãng thông tấn AP", "Đài CNN"],
  FR: ["Hãng thông tấn AFP", "Đài RFI"],
  GB: ["Hãng thông tấn Reuters", "Đài BBC"],
  RU: ["Hãng thông tấn TASS", "Đài Sputnik"],
};
const outletFor = (random: Random, country: string) => random.pick(OUTLETS[country] ?? [`Báo chí ${countryName(country)}`]);

interface Locality {
  id: string;
  name: string;
  countryCode: string;
}

/** The foreign localities a province partners: mostly across its border. */
function partnersOf(random: Random, province: ProvinceSpec): Locality[] {
  const near = province.neighbours.flatMap((country) =>
    random.some(PARTNER_LOCALITIES[country] ?? [], random.int(2, 4)).map((name) => ({ name, countryCode: country })),
  );
  const far = random
    .some(
      Object.keys(PARTNER_LOCALITIES).filter((c) => !province.neighbours.includes(c)),
      random.int(2, 4),
    )
    .map((country) => ({ name: random.pick(PARTNER_LOCALITIES[country]), countryCode: country }));
  return [...near, ...far].map((l, i) => ({ ...l, id: `bench-pl-${province.code}-${i + 1}` }));
}

/** Partner localities, overseas communities, press visits, delegations, press conferences and media monitoring. */
export async function seedDepartment(db: DataSource, world: World, progress: Progress): Promise<void> {
  const random = new Random(world.seed + 4);
  const n = (base: number) => scaled(base, world.scale);
  const partners = new Map(world.provinces.map((p) => [p.code, partnersOf(random, p)]));

  await bulkInsert(
    db,
    PartnerLocality,
    world.provinces.flatMap((p) =>
      (partners.get(p.code) ?? []).map((l): Partial<PartnerLocality> => ({
        ...recordBase(random, world, p, null, "foreign", ["SNGV"], 0.9),
        id: l.id,
        name: l.name,
        localName: null,
        countryCode: l.countryCode,
        kind: "tỉnh",
        cooperationSince: `${random.int(2005, 2020)}-${String(random.int(1, 12)).padStart(2, "0")}-15`,
        agreement: `Biên bản ghi nhớ hợp tác giữa tỉnh ${p.name} và ${l.name}`,
      })),
    ),
    progress,
    "foreignAffairs",
  );

  await bulkInsert(
    db,
    OverseasCommunity,
    perProvince(
      world,
      () => 3,
      (p, i): Partial<OverseasCommunity> => {
        const country = countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.6);
        return {
          ...recordBase(random, world, p, null, "foreign", ["SNGV"], 0.5),
          id: `bench-oc-${p.code}-${i}`,
          name: `Hội người Việt Nam tại ${countryName(country)} (${p.name}, ${i})`,
          countryCode: country,
          estimatedSize: random.int(200, 50000),
          contactOrganisation: `Tổng hội người Việt Nam tại ${countryName(country)}`,
          notes: null,
        };
      },
    ),
    progress,
    "foreignAffairs",
  );

  await bulkInsert(
    db,
    ForeignPressVisit,
    perProvinceYear(
      world,
      () => n(150),
      (p, year, i): Partial<ForeignPressVisit> => {
        const country = countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.5);
        const gates = p.gates.filter((g) => g.countryCode === country);
        const arrivesOn = random.dateIn(year);
        return {
          ...recordBase(random, world, p, year, "foreign", ["SNGV"], 0.6),
          id: `bench-fpv-${p.code}-${year}-${i}`,
          outlet: outletFor(random, country),
          reporterCount: random.int(1, 8),
          purpose: `Tìm hiểu, đưa tin về ${random.pick(["kinh tế biên giới", "du lịch", "văn hóa các dân tộc", "hợp tác hữu nghị", "đầu tư"])} của tỉnh ${p.name}`,
          countryCode: country,
          arrivesOn,
          departsOn: addDays(arrivesOn, random.int(1, 6)),
          borderGateId: gates.length > 0 && random.chance(0.4) ? random.pick(gates).id : null,
          hostAgency: `Sở Ngoại vụ ${p.name}`,
        };
      },
    ),
    progress,
    "foreignAffairs",
  );

  await bulkInsert(
    db,
    Delegation,
    perProvinceYear(
      world,
      () => n(150),
      (p, year, i): Partial<Delegation> => {
        const locality = random.chance(0.6) ? random.pick(partners.get(p.code) ?? []) : undefined;
        const country = locality?.countryCode ?? countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.4);
        const direction = random.chance(0.55) ? DelegationDirection.INCOMING : DelegationDirection.OUTGOING;
        const other = locality ? `tỉnh ${locality.name} (${countryName(country)})` : countryName(country);
        const startsOn = random.dateIn(year);
        return {
          ...recordBase(random, world, p, year, "foreign", ["SNGV", "UBND"], 0.5),
          id: `bench-del-${p.code}-${year}-${i}`,
          name:
            direction === DelegationDirection.INCOMING
              ? `Đoàn ${other} thăm và làm việc tại tỉnh ${p.name}`
              : `Đoàn công tác tỉnh ${p.name} thăm ${other}`,
          direction,
          countryCode: country,
          partnerLocalityId: locality?.id ?? null,
          startsOn,
          endsOn: addDays(startsOn, random.int(1, 5)),
          headedBy: random.pick(["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Ngoại vụ", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
          memberCount: random.int(4, 30),
          purpose: null,
        };
      },
    ),
    progress,
    "foreignAffairs",
  );

  await bulkInsert(
    db,
    PressConference,
    perProvinceYear(
      world,
      () => n(30),
      (p, year, i): Partial<PressConference> => ({
        ...recordBase(random, world, p, year, "foreign", ["SNGV", "STTTT"], 0.8),
        id: `bench-conf-${p.code}-${year}-${i}`,
        title: `Họp báo cung cấp thông tin về ${random.pick(["tình hình kinh tế - xã hội", "lễ hội", "hội nghị xúc tiến đầu tư", "công tác biên giới"])} tỉnh ${p.name} năm ${year}`,
        heldOn: random.dateIn(year),
        venue: `Hội trường UBND tỉnh ${p.name}`,
        spokesperson: "Giám đốc Sở Ngoại vụ",
        foreignOutlets: random.int(0, 12),
        attendees: random.int(20, 150),
      }),
    ),
    progress,
    "foreignAffairs",
  );

  await bulkInsert(
    db,
    MediaMonitoringItem,
    perProvinceYear(
      world,
      () => n(400),
      (p, year, i): Partial<MediaMonitoringItem> => {
        const country = random.chance(0.85) ? countryFor(random, p.neighbours, PARTNER_COUNTRIES, 0.4) : null;
        const sentiment = random.weighted({ POSITIVE: 50, NEUTRAL: 35, NEGATIVE: 10, FALSE_INFORMATION: 5 }) as MediaSentiment;
        const publishedOn = random.dateIn(year);
        const rebutted = sentiment === MediaSentiment.FALSE_INFORMATION && random.chance(0.8);
        return {
          ...recordBase(random, world, p, year, "foreign", ["SNGV", "CA"], 0.3),
          id: `bench-media-${p.code}-${year}-${i}`,
          headline: `${p.name}: ${random.pick(["thu hút đầu tư", "phát triển du lịch", "hợp tác biên giới", "xuất khẩu nông sản", "đời sống đồng bào dân tộc"])} (${year}-${i})`,
          outlet: country ? outletFor(random, country) : "Mạng xã hội",
          countryCode: country,
          publishedOn,
          url: `https://news.example/${p.code.toLowerCase()}/${year}/${i}`,
          sentiment,
          rebuttal: rebutted ? `Sở Ngoại vụ tỉnh ${p.name} đã cung cấp thông tin chính xác, phản bác nội dung sai sự thật.` : null,
          rebuttedOn: rebutted ? addDays(publishedOn, random.int(1, 10)) : null,
        };
      },
    ),
    progress,
    "foreignAffairs",
  );
}
