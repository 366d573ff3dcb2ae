import { viewerFromClaims } from "../shared/auth/identity";
import { currentProvince, NATIONAL_PROVINCES, provinceNamed } from "../shared/core/national-directory";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("the national directory of provinces, before and after 1 July 2025", () => {
  it("holds the 63 provinces and cities in force until 30 June 2025 and the 34 since, each merged one naming a successor in force", () => {
    expect(NATIONAL_PROVINCES).toHaveLength(63);
    const current = NATIONAL_PROVINCES.filter((p) => !p.validUntil);
    expect(current).toHaveLength(34);
    expect(
      current
        .filter((p) => p.kind === "thành phố")
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Cần Thơ", "Huế", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"].sort());
    for (const merged of NATIONAL_PROVINCES.filter((p) => p.validUntil)) {
      expect({ merged: merged.name, until: merged.validUntil, successorInForce: current.some((p) => p.iso === merged.successor) }).toEqual({
        merged: merged.name,
        until: "2025-06-30",
        successorInForce: true,
      });
    }
    expect(new Set(NATIONAL_PROVINCES.map((p) => p.iso)).size).toBe(63);
    expect(new Set(NATIONAL_PROVINCES.map((p) => p.gso)).size).toBe(63);
    expect(new Set(current.map((p) => p.gso2025)).size).toBe(34);
  });

  it("rolls a merged province up to today's: Bình Định into Gia Lai, Kiên Giang into An Giang, Bến Tre and Trà Vinh into Vĩnh Long", () => {
    expect(currentProvince("VN-31")?.name).toBe("Gia Lai");
    expect(currentProvince("VN-47")?.name).toBe("An Giang");
    expect([currentProvince("VN-50")?.iso, currentProvince("VN-51")?.iso]).toEqual(["VN-49", "VN-49"]);
    expect(currentProvince("VN-30")?.iso).toBe("VN-30");
  });

  it.each([
    ["TP. Hồ Chí Minh", "VN-SG"],
    ["Thành phố Hà Nội", "VN-HN"],
    ["tỉnh Bà Rịa – Vũng Tàu", "VN-43"],
    ["Thừa Thiên Huế", "VN-26"],
    ["tinh dak lak", "VN-33"],
    ["Hoà Bình", "VN-14"],
  ])("names %s in any usual spelling", (written, iso) => {
    expect(provinceNamed(written)?.iso).toBe(iso);
  });

  it("accepts officials of the centrally-run cities, whose ISO codes are letters, and nothing else", () => {
    const claims = (province: string) => ({ sub: "u", province, agency: "STTTT", role: "coordinator" });
    expect(viewerFromClaims(claims("VN-HN"))?.provinceCode).toBe("VN-HN");
    expect(viewerFromClaims(claims("VN-SG"))?.provinceCode).toBe("VN-SG");
    expect(viewerFromClaims(claims("VN-ZZ"))).toBeNull();
    expect(viewerFromClaims(claims("VN-HN%"))).toBeNull();
  });
});
