import { countryNames } from "../../shared/core/countries";
import type { Random } from "./random";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Thu", "Đức", "Hoài"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hiếu",
  "Hoa",
  "Hùng",
  "Khoa",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Phong",
  "Phúc",
  "Quang",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trung",
  "Tuấn",
  "Vy",
];

/** A fictitious Vietnamese full name. */
export function personName(random: Random): string {
  return `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
}

const PLACE_WORDS = [
  "Bình",
  "Tân",
  "Vĩnh",
  "Phú",
  "Thạnh",
  "Mỹ",
  "Long",
  "An",
  "Hòa",
  "Thuận",
  "Phước",
  "Đông",
  "Tây",
  "Nam",
  "Xuân",
  "Hưng",
];

/** A plausible commune or village name, e.g. "Vĩnh Hòa". */
export function placeName(random: Random): string {
  return `${random.pick(PLACE_WORDS)} ${random.pick(PLACE_WORDS)}`;
}

const countryNameCache = new Map<string, string>();

/** Vietnamese name of a country, e.g. "Campuchia". */
export function countryName(code: string): string {
  let name = countryNameCache.get(code);
  if (!name) {
    name = countryNames(code)?.name ?? code;
    countryNameCache.set(code, name);
  }
  return name;
}

/** A country for a record of `province`: often a neighbour, else a partner further away. */
export function countryFor(random: Random, neighbours: string[], partners: readonly string[], neighbourShare = 0.5): string {
  if (neighbours.length > 0 && random.chance(neighbourShare)) return random.pick(neighbours);
  // Partners earlier in the list come up more often.
  const index = Math.min(partners.length - 1, Math.floor(partners.length * random.next() * random.next()));
  return partners[index];
}
