import type { DataSource } from "typeorm";
import { Classification } from "../../shared/core/domain";
import { BorderCommune } from "../../subgraphs/border-security/border-commune";
import { BorderGate, BorderGateKind } from "../../subgraphs/border-security/border-gate";
import { InformationPoint, InformationPointKind, InformationPointStatus } from "../../subgraphs/border-security/information-point";
import { OutreachSession } from "../../subgraphs/border-security/outreach-session";
import { SelfManagementGroup } from "../../subgraphs/border-security/self-management-group";
import { bulkInsert, type Progress } from "./bulk";
import { NEIGHBOUR_LANGUAGE, type ProvinceSpec } from "./geography";
import { placeName } from "./names";
import { Random, scaled } from "./random";
import { perProvince, perProvinceYear, recordBase } from "./records";
import type { World } from "./world";

const TOPICS = [
  "Tuyên truyền Luật Biên giới quốc gia và các hiệp định về biên giới",
  "Phổ biến kết quả phân giới, cắm mốc",
  "Phòng, chống buôn lậu, gian lận thương mại qua biên giới",
  "Phòng, chống mua bán người",
  "Thông tin về tình hình hợp tác hữu nghị với nước láng giềng",
];

const communeId = (p: ProvinceSpec, i: number) => `bench-commune-${p.code}-${i}`;
const COMMUNES = 20;
const onBorder = (p: ProvinceSpec) => p.gates.length > 0;

/** Border gates, border communes, self-management groups, information points and outreach sessions. */
export async function seedDepartment(db: DataSource, world: World, progress: Progress): Promise<void> {
  const random = new Random(world.seed + 5);
  const n = (base: number) => scaled(base, world.scale);

  await bulkInsert(
    db,
    BorderGate,
    world.provinces.flatMap((p) =>
      p.gates.map((gate): Partial<BorderGate> => ({
        ...recordBase(random, world, p, null, "border", ["BDBP"]),
        classification: Classification.PUBLIC,
        id: gate.id,
        name: gate.name,
        kind: gate.kind as BorderGateKind,
        countryCode: gate.countryCode,
        oppositeGate: gate.oppositeGate,
        district: null,
        openedOn: null,
        description: `Cửa khẩu ${gate.kind === "INTERNATIONAL" ? "quốc tế" : "quốc gia"} ${gate.name}, đối diện cửa khẩu ${gate.oppositeGate}.`,
      })),
    ),
    progress,
    "borderSecurity",
  );

  await bulkInsert(
    db,
    BorderCommune,
    perProvince(
      world,
      (p) => (onBorder(p) ? COMMUNES : 0),
      (p, i): Partial<BorderCommune> => ({
        ...recordBase(random, world, p, null, "border", ["BDBP"], 0.9),
        id: communeId(p, i),
        name: `Xã ${placeName(random)}`,
        district: `huyện ${placeName(random)}`,
        countryCode: random.pick(p.neighbours),
        population: random.int(2000, 15000),
        borderLengthKm: Math.round(random.next() * 300) / 10,
      }),
    ),
    progress,
    "borderSecurity",
  );

  await bulkInsert(
    db,
    SelfManagementGroup,
    perProvince(
      world,
      (p) => (onBorder(p) ? n(40) : 0),
      (p, i): Partial<SelfManagementGroup> => ({
        ...recordBase(random, world, p, null, "border", ["BDBP"], 0.3),
        id: `bench-smg-${p.code}-${i}`,
        name: `Tổ tự quản đường biên, cột mốc thôn ${placeName(random)}`,
        borderCommuneId: communeId(p, random.int(1, COMMUNES)),
        members: random.int(5, 30),
        markers: `mốc ${random.int(1, 300)}–${random.int(301, 600)}`,
        lengthKm: Math.round(random.next() * 100) / 10,
        establishedOn: `${random.int(2010, world.years[0])}-0${random.int(1, 9)}-01`,
      }),
    ),
    progress,
    "borderSecurity",
  );

  await bulkInsert(
    db,
    InformationPoint,
    perProvinceYear(
      world,
      (p) => n(onBorder(p) ? 40 : 10),
      (p, year, i): Partial<InformationPoint> => {
        const gate = onBorder(p) && random.chance(0.4) ? random.pick(p.gates) : null;
        const status = random.weighted({
          OPERATING: 70,
          UNDER_CONSTRUCTION: 10,
          PLANNED: 10,
          OUT_OF_SERVICE: 10,
        }) as InformationPointStatus;
        return {
          ...recordBase(random, world, p, year, "border", ["BDBP", "STTTT"], 0.85),
          id: `bench-inf-${p.code}-${year}-${i}`,
          name: gate ? `Cụm pa nô thông tin đối ngoại tại Cửa khẩu ${gate.name}` : `Điểm thông tin đối ngoại xã ${placeName(random)}`,
          kind: random.weighted({ PANEL_CLUSTER: 50, INFORMATION_POINT: 25, SCREEN: 10, LOUDSPEAKER: 15 }) as InformationPointKind,
          status,
          borderGateId: gate?.id ?? null,
          borderCommuneId: onBorder(p) && !gate ? communeId(p, random.int(1, COMMUNES)) : null,
          installedOn: status === InformationPointStatus.PLANNED ? null : random.dateIn(year),
          languages: ["vi", ...p.neighbours.map((c) => NEIGHBOUR_LANGUAGE[c]).filter(Boolean)],
          description: null,
        };
      },
    ),
    progress,
    "borderSecurity",
  );

  await bulkInsert(
    db,
    OutreachSession,
    perProvinceYear(
      world,
      (p) => n(onBorder(p) ? 200 : 60),
      (p, year, i): Partial<OutreachSession> => {
        const gate = onBorder(p) && random.chance(0.3) ? random.pick(p.gates) : null;
        return {
          ...recordBase(random, world, p, year, "border", ["BDBP"], 0.5),
          id: `bench-os-${p.code}-${year}-${i}`,
          topic: random.pick(TOPICS),
          heldOn: random.dateIn(year),
          attendees: random.int(20, 300),
          language: "vi",
          borderCommuneId: onBorder(p) ? communeId(p, random.int(1, COMMUNES)) : null,
          borderGateId: gate?.id ?? null,
          location: gate ? `Đồn Biên phòng cửa khẩu ${gate.name}` : `Nhà văn hóa thôn ${placeName(random)}`,
        };
      },
    ),
    progress,
    "borderSecurity",
  );
}
