import { viewerFromClaims } from "../shared/auth/identity";
import { hubClaims } from "../shared/auth/oidc";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("an OIDC provider's claims, read under the names the operator configures", () => {
  it("reads nested claims by a dotted name and ignores the provider's own names for the hub's", () => {
    const settings = {
      issuer: "https://sso.gialai.gov.vn",
      clientId: "hub-web",
      scope: "openid",
      claims: { province: "hub.province", agency: "hub.agency", role: "roles.hub", clearance: "clearance", name: "name" },
    };
    const claims = hubClaims(
      { sub: "u1", province: "VN-44", hub: { province: "VN-30", agency: "SCT" }, roles: { hub: "editor" }, role: "admin" },
      settings,
    );
    expect(claims).toEqual({ sub: "u1", province: "VN-30", agency: "SCT", role: "editor", clearance: undefined });
    expect(viewerFromClaims(claims)).toMatchObject({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", clearance: "INTERNAL" });
  });
});
