import fs from "node:fs";
import path from "node:path";
import type { Official } from "../shared/auth/identity";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { official, postGraphQL, queryData, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

/**
 * The REST door serves other state bodies' platforms the hub's own GraphQL
 * answers: each call is read as the API client, under the same read rule,
 * so a route and the same query sent by an official of the client's agency
 * and province answer the same records. Credentials, scopes, revocation and
 * the audit of every call are checked here over real HTTP.
 */

interface Client {
  clientId: string;
  secret: string;
  version: number;
  /** The official the client reads as. */
  as: Official;
}

const MARK = "rest-door-marker";

/** Every key of every object in `value`, however deep. */
function keysOf(value: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object")
      for (const [key, inner] of Object.entries(v)) {
        keys.add(key);
        visit(inner);
      }
  };
  visit(value);
  return keys;
}
const PERSONAL = ["signatoryName", "approvalSignatoryName", "focalPoints", "fullName", "phone", "email"];

async function rest(hub: RunningHub, route: string, client?: Client | { clientId: string; secret: string } | null, init: RequestInit = {}) {
  const headers: Record<string, string> = {};
  if (client) headers.authorization = `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString("base64")}`;
  const response = await fetch(new URL(`/api/rest${route}`, hub.gateway.url), {
    ...init,
    headers: { ...headers, ...(init.headers as object) },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

async function createClient(hub: RunningHub, provinceCode: string, agencyCode: string, scopes: string[]): Promise<Client> {
  const data = await queryData(
    hub.gateway.url,
    `mutation ($input: ApiClientInput!) { createApiClient(input: $input) { clientId secret client { id version provinceCode agencyCode scopes revokedAt } } }`,
    { input: { provinceCode, agencyCode, name: `Nền tảng tích hợp, chia sẻ dữ liệu (${provinceCode} ${scopes.join(" ")})`, scopes } },
  );
  const created = data.createApiClient;
  expect(created.client).toMatchObject({ id: created.clientId, provinceCode, agencyCode, scopes, revokedAt: null });
  return {
    clientId: created.clientId,
    secret: created.secret,
    version: created.client.version,
    as: official({ userId: `api-client:${created.clientId}`, provinceCode, agencyCode, role: "viewer", clearance: "INTERNAL" }),
  };
}

const PLAN_FIELDS = `id classification updatedAt year title documentNumber issuedOn approvedByNumber approvedOn objectives requirements
  province { code name }
  tasks(limit: 500, offset: 0, scope: ALL) { id classification updatedAt ordinal outline depth title text status progressNote timeframe { label startsOn endsOn } overdue leads { id code name } }`;
const FIGURES = `year asOf tasksLed tasksOnTime tasksLate tasksOverdue tasksOpen tasksWithoutDeadline taskOnTimeShare reportsDue reportsOnTime reportsDeadlineUnknown reportOnTimeShare`;
const DESTINATION_FIELDS = `id classification updatedAt province { code name } name kind district description materialLanguages`;

describe("the REST door answers a platform's client what GraphQL answers the same identity, and audits every call", () => {
  let hub: RunningHub;
  let lgsp: Client; // Gia Lai's platform: every scope
  let plansOnly: Client; // Gia Lai, plans only
  let anGiang: Client; // An Giang's platform
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    hub = await startHub();
    lgsp = await createClient(hub, "VN-30", "VPUBND", ["PLANS_READ", "COMPLIANCE_READ", "RECORDS_READ"]);
    plansOnly = await createClient(hub, "VN-30", "SKHCN", ["PLANS_READ"]);
    anGiang = await createClient(hub, "VN-44", "VPUBND", ["PLANS_READ", "COMPLIANCE_READ", "RECORDS_READ"]);
    for (const [key, provinceCode, classification] of [
      ["giaLaiInternal", "VN-30", "INTERNAL"],
      ["giaLaiPublic", "VN-30", "PUBLIC"],
      ["anGiangInternal", "VN-44", "INTERNAL"],
    ] as const) {
      const data = await queryData(
        hub.gateway.url,
        `mutation ($input: DestinationInput!) { createDestination(input: $input) { id } }`,
        {
          input: {
            provinceCode,
            classification,
            name: `${MARK} ${key} Biển Hồ`,
            kind: "SCENIC_SPOT",
            description: "Hồ nước trên miệng núi lửa",
            materialLanguages: ["vi"],
          },
        },
        { as: official({ provinceCode, agencyCode: "SVHTTDL", role: "editor" }) },
      );
      ids[key] = data.createDestination.id;
    }
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("serves a province's plans with their tasks' states exactly as GraphQL answers an official of the client's agency", async () => {
    const answer = await rest(
      hub,
      "/plans?provinceCode=VN-30&limit=50&offset=0&plans_tasks_limit=500&plans_tasks_offset=0&plans_tasks_scope=ALL",
      lgsp,
    );
    expect(answer.status).toBe(200);
    const graphql = await queryData(
      hub.gateway.url,
      `{ plans(provinceCode: "VN-30", limit: 50, offset: 0) { ${PLAN_FIELDS} } }`,
      {},
      { as: lgsp.as },
    );
    expect(graphql.plans.length).toBeGreaterThan(0);
    expect(answer.body).toEqual(graphql.plans);
    expect(answer.body.flatMap((plan: any) => plan.tasks).length).toBeGreaterThan(10);
    // nothing of a person: a plan's signatory is not shared
    for (const key of PERSONAL) expect(keysOf(answer.body)).not.toContain(key);

    const one = await rest(hub, `/plan/${graphql.plans[0].id}?plan_tasks_limit=500&plan_tasks_offset=0&plan_tasks_scope=ALL`, lgsp);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(graphql.plans[0]);
  });

  it("serves agencies' reporting compliance as GraphQL's reportingCompliance answers the same identity", async () => {
    const answer = await rest(hub, "/reporting-compliance?provinceCode=VN-30&year=2026", lgsp);
    expect(answer.status).toBe(200);
    const graphql = await queryData(
      hub.gateway.url,
      `{ reportingCompliance(provinceCode: "VN-30", year: 2026) { agency { id code name } current { ${FIGURES} } previous { ${FIGURES} } } }`,
      {},
      { as: lgsp.as },
    );
    expect(graphql.reportingCompliance.length).toBeGreaterThan(0);
    expect(answer.body).toEqual(graphql.reportingCompliance);
    for (const key of PERSONAL) expect(keysOf(answer.body)).not.toContain(key);
  });

  it("applies the one read rule: a client reads its own province's INTERNAL records and only the PUBLIC ones of another", async () => {
    for (const [client, province] of [
      [lgsp, "VN-30"],
      [anGiang, "VN-30"],
      [anGiang, "VN-44"],
      [lgsp, "VN-44"],
    ] as const) {
      const answer = await rest(
        hub,
        `/destinations?provinceCode=${province}&limit=500&offset=0&search=${encodeURIComponent(MARK)}`,
        client,
      );
      expect(answer.status).toBe(200);
      const graphql = await queryData(
        hub.gateway.url,
        `query ($p: String) { destinations(provinceCode: $p, limit: 500, offset: 0, search: "${MARK}") { ${DESTINATION_FIELDS} } }`,
        { p: province },
        { as: client.as },
      );
      expect(answer.body).toEqual(graphql.destinations);
    }
    const names = async (client: Client, province: string) =>
      (await rest(hub, `/destinations?provinceCode=${province}&limit=500&offset=0&search=${encodeURIComponent(MARK)}`, client)).body
        .map((d: any) => d.id)
        .sort();
    expect(await names(lgsp, "VN-30")).toEqual([ids.giaLaiInternal, ids.giaLaiPublic].sort());
    expect(await names(anGiang, "VN-30")).toEqual([ids.giaLaiPublic]);
    expect(await names(lgsp, "VN-44")).toEqual([]);
    expect(await names(anGiang, "VN-44")).toEqual([ids.anGiangInternal]);

    // one record by id: another province's INTERNAL record is not found, as GraphQL answers null
    const hidden = await rest(hub, `/destination/${ids.anGiangInternal}`, lgsp);
    expect(hidden.status).toBe(404);
    expect(hidden.body.errors[0].extensions.code).toBe("NOT_FOUND");
    const own = await rest(hub, `/destination/${ids.anGiangInternal}`, anGiang);
    expect(own.status).toBe(200);
    expect(own.body.name).toBe(`${MARK} anGiangInternal Biển Hồ`);
  });

  it("serves only the routes a client's scopes name", async () => {
    expect(
      (
        await rest(
          hub,
          "/plans?provinceCode=VN-30&limit=5&offset=0&plans_tasks_limit=1&plans_tasks_offset=0&plans_tasks_scope=ALL",
          plansOnly,
        )
      ).status,
    ).toBe(200);
    for (const route of [
      "/destinations?provinceCode=VN-30&limit=5&offset=0",
      "/reporting-compliance?provinceCode=VN-30&year=2026",
      `/destination/${ids.giaLaiPublic}`,
    ]) {
      const refused = await rest(hub, route, plansOnly);
      expect(refused.status).toBe(403);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "SCOPE_MISSING" });
    }
  });

  it("refuses a call without credentials, with a wrong secret or an unknown client, and a revoked client's from the moment it is revoked", async () => {
    const route = "/reporting-compliance?provinceCode=VN-30&year=2026";
    const none = await rest(hub, route, null);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect(none.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await rest(hub, route, { clientId: lgsp.clientId, secret: `${lgsp.secret}x` })).status).toBe(401);
    expect((await rest(hub, route, { clientId: "no-such-client", secret: lgsp.secret })).status).toBe(401);
    // a user's bearer token is not a client's credential
    expect((await rest(hub, route, null, { headers: { authorization: `Bearer x.y.z` } })).status).toBe(401);

    const doomed = await createClient(hub, "VN-30", "VPUBND", ["COMPLIANCE_READ"]);
    expect((await rest(hub, route, doomed)).status).toBe(200);
    const revoked = await queryData(
      hub.gateway.url,
      `mutation ($id: ID!, $v: Int!) { revokeApiClient(id: $id, version: $v) { revokedAt } }`,
      {
        id: doomed.clientId,
        v: doomed.version,
      },
    );
    expect(revoked.revokeApiClient.revokedAt).toEqual(expect.any(String));
    const after = await rest(hub, route, doomed);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].message).toMatch(/revoked/);
  });

  it("audits every call in the plans department's chain: who, which route, let through or refused", async () => {
    const route = `/destination/${ids.giaLaiPublic}`;
    expect((await rest(hub, route, lgsp)).status).toBe(200);
    expect((await rest(hub, route, { clientId: lgsp.clientId, secret: "wrong" })).status).toBe(401);
    const log = await queryData(
      hub.gateway.url,
      `query ($id: ID) { auditLog { plans(operation: "callRestApi", recordId: $id, limit: 1000) { userId role outcome reason after } plansChain { intact } } }`,
      { id: lgsp.clientId },
    );
    const calls = log.auditLog.plans.filter((entry: any) => JSON.parse(entry.after).call === `GET /api/rest${route}`);
    expect(calls.map((entry: any) => entry.outcome).sort()).toEqual(["ALLOWED", "REFUSED"]);
    const allowed = calls.find((entry: any) => entry.outcome === "ALLOWED");
    expect(allowed).toMatchObject({ userId: `api-client:${lgsp.clientId}`, role: "viewer" });
    expect(calls.find((entry: any) => entry.outcome === "REFUSED").reason).toMatch(/wrong secret/);
    expect(log.auditLog.plansChain.intact).toBe(true);
    // earlier calls of this client are there too, one entry each
    expect(log.auditLog.plans.length).toBeGreaterThan(5);
  });

  it("lets only admins see, create and revoke API clients, and never shows a secret again", async () => {
    const coordinator = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
    const created = await postGraphQL(
      hub.gateway.url,
      `mutation { createApiClient(input: { provinceCode: "VN-30", agencyCode: "VPUBND", name: "Hệ thống khác", scopes: [PLANS_READ] }) { clientId } }`,
      {},
      { as: coordinator },
    );
    expect(created.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const listed = await postGraphQL(hub.gateway.url, `{ apiClients { id } }`, {}, { as: coordinator });
    expect(listed.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const revoke = await postGraphQL(
      hub.gateway.url,
      `mutation ($id: ID!) { revokeApiClient(id: $id, version: 1) { id } }`,
      { id: lgsp.clientId },
      { as: coordinator },
    );
    expect(revoke.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const all = await queryData(
      hub.gateway.url,
      `{ apiClients(provinceCode: "VN-30") { id name scopes revokedAt } }`,
      {},
      { as: TEST_ADMIN },
    );
    expect(all.apiClients.map((c: any) => c.id)).toEqual(expect.arrayContaining([lgsp.clientId, plansOnly.clientId]));
    expect(all.apiClients.map((c: any) => c.id)).not.toContain(anGiang.clientId);
    expect(JSON.stringify(all)).not.toContain(lgsp.secret);

    const bad = await postGraphQL(
      hub.gateway.url,
      `mutation { createApiClient(input: { provinceCode: "Gia Lai", agencyCode: "VPUBND", name: "x", scopes: [] }) { clientId } }`,
    );
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(bad.errors)).toMatch(/provinceCode/);
    expect(JSON.stringify(bad.errors)).toMatch(/scopes/);
  });

  it("keeps the credential check out of the GraphQL API: only the gateway asks the plans department", async () => {
    const answer = await postGraphQL(
      hub.gateway.url,
      `mutation { authenticateApiClient(clientId: "${lgsp.clientId}", secret: "${lgsp.secret}", call: "x") { id } }`,
    );
    expect(answer.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers bad parameters with a coded 400 and an unknown route with a coded 404", async () => {
    const bad = await rest(hub, "/reporting-compliance?provinceCode=VN-30&year=nam-nay", lgsp);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const missing = await rest(hub, "/reporting-compliance?provinceCode=VN-30", lgsp);
    expect(missing.status).toBe(400);
    for (const route of ["/focal-points", "/docs", "/", "/plans/x/y"]) {
      const unknown = await rest(hub, route, lgsp);
      expect(unknown.status).toBe(404);
      expect(unknown.body.errors[0].extensions.code).toBe("NOT_FOUND");
    }
    const write = await rest(hub, "/plans", lgsp, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(write.status).toBe(404);
  });

  it("publishes its OpenAPI 3 description, without credentials, exactly as committed", async () => {
    const answer = await rest(hub, "/openapi.json", null);
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toMatch(/^3\./);
    const committed = JSON.parse(fs.readFileSync(path.join(REPOSITORY_ROOT, "gateway", "openapi.json"), "utf8"));
    expect(answer.body).toEqual(committed);
    expect(Object.keys(answer.body.paths)).toEqual(
      expect.arrayContaining(["/plans", "/plan/{id}", "/reporting-compliance", "/destinations", "/border-gates", "/partner-localities"]),
    );
    expect(answer.body.components.securitySchemes.apiClient).toMatchObject({ type: "http", scheme: "basic" });
    for (const key of PERSONAL) expect(keysOf(answer.body)).not.toContain(key);
    expect(Object.keys(answer.body.components.schemas)).not.toContain("FocalPoint");
  });
});
