import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startGateway } from "../gateway";
import { MANIFEST_FILE, sha256, TrustedManifest, trustedDocumentsSettings } from "../gateway/trusted-documents";
import { buildTrustedManifest, manifestText } from "../scripts/trusted-documents";
import type { RunningServer } from "../shared/service/http";
import { describeWithoutDatabase } from "./support/database-free";
import { credentialsFor, official, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const PLAN_DOSSIER = fs.readFileSync(path.join(__dirname, "contract/operations/PlanDossier.graphql"), "utf8");
const WEB_DOCUMENTS = JSON.parse(fs.readFileSync(path.join(__dirname, "../web/src/gql/persisted-documents.json"), "utf8")) as Record<
  string,
  string
>;
const [PROVINCE_LIST_ID] = Object.entries(WEB_DOCUMENTS).find(([, body]) => body.startsWith("query ProvinceList"))!;
const UNTRUSTED = "query Probe { provinces { code name } }";
const COORDINATOR = official({ role: "coordinator" });

let hub: RunningHub;
const gateways: RunningServer[] = [];

/** A gateway over the hub's five departments, started with these trusted-documents settings. */
async function gatewayWith(settings: Record<string, string>): Promise<string> {
  const saved = { ...process.env };
  Object.assign(process.env, settings);
  try {
    const gateway = await startGateway({
      port: 0,
      subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
    });
    gateways.push(gateway);
    return gateway.url;
  } finally {
    for (const key of Object.keys(settings)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

async function send(url: string, body: Record<string, unknown>, as: Parameters<typeof credentialsFor>[1] = "anonymous") {
  const text = JSON.stringify(body);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(await credentialsFor(url, as, text)) },
    body: text,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] },
  };
}

const variables = { provinceCode: "VN-30", year: 2019 };

beforeAll(async () => {
  hub = await startHub();
}, 120_000);

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await hub?.stop();
});

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("in production the gateway runs only the hub's trusted documents", () => {
  let enforcing: string;
  beforeAll(async () => {
    enforcing = await gatewayWith({ HUB_TRUSTED_DOCUMENTS: "enforce" });
  });

  it("runs a web-app document sent by its id, as documentId or as Apollo's persisted-query extension", async () => {
    for (const body of [
      { documentId: PROVINCE_LIST_ID },
      { documentId: `sha256:${PROVINCE_LIST_ID}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: PROVINCE_LIST_ID } } },
    ]) {
      const answer = await send(enforcing, body);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.provinces.length).toBeGreaterThan(0);
    }
  });

  it("runs a web-app mutation sent by its id, for the official who may make it", async () => {
    const [id] = Object.entries(WEB_DOCUMENTS).find(([, body]) => body.startsWith("mutation CreateFocalPoint"))!;
    const input = { agencyId: "VN-30-SCT", role: "OFFICER", fullName: "Nguyễn Văn Thử", email: "thu@example.gov.vn" };
    const answer = await send(
      enforcing,
      { documentId: id, variables: { input } },
      official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" }),
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.createFocalPoint).toMatchObject({ __typename: "FocalPoint", version: 1 });
  });

  it("runs a contract operation sent as its text, however it is spaced or commented", async () => {
    const respaced = PLAN_DOSSIER.replace(/#[^\n]*\n/g, "\n").replace(/\s+/g, "  ");
    for (const query of [PLAN_DOSSIER, respaced]) {
      const answer = await send(enforcing, { query, variables }, TEST_ADMIN);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.plans[0].tasks.length).toBeGreaterThan(0);
    }
  });

  it("refuses any other document with OPERATION_NOT_TRUSTED before any department is called", async () => {
    const before = hub.subgraphRequests();
    for (const as of ["anonymous", TEST_ADMIN] as const) {
      for (const query of [
        UNTRUSTED,
        "{ __schema { types { name } } }",
        PLAN_DOSSIER.replace("title", "title description"),
        "{ not graphql",
      ]) {
        const answer = await send(enforcing, { query, variables }, as);
        expect({ query, status: answer.status, code: answer.body.errors?.[0].extensions.code }).toEqual({
          query,
          status: 400,
          code: "OPERATION_NOT_TRUSTED",
        });
        expect(answer.body.data).toBeUndefined();
      }
    }
    expect(hub.subgraphRequests()).toBe(before);
  });

  it("answers an unknown id PersistedQueryNotFound, and stores nothing a client tries to register with it", async () => {
    const before = hub.subgraphRequests();
    const unknown = await send(enforcing, { documentId: sha256(UNTRUSTED) });
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: "PersistedQueryNotFound",
      extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
    });
    const register = await send(enforcing, {
      query: UNTRUSTED,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNTRUSTED) } },
    });
    expect(register.body.errors?.[0].extensions.code).toBe("OPERATION_NOT_TRUSTED");
    expect((await send(enforcing, { documentId: sha256(UNTRUSTED) })).body.errors?.[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(hub.subgraphRequests()).toBe(before);
  });

  it("lets the roles an operator names send any document, and no one else", async () => {
    const admins = await gatewayWith({ HUB_TRUSTED_DOCUMENTS: "enforce", HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES: "admin" });
    const asAdmin = await send(admins, { query: UNTRUSTED }, TEST_ADMIN);
    expect(asAdmin.body.errors).toBeUndefined();
    expect(asAdmin.body.data.provinces.length).toBeGreaterThan(0);
    for (const as of ["anonymous", COORDINATOR] as const)
      expect((await send(admins, { query: UNTRUSTED }, as)).body.errors?.[0].extensions.code).toBe("OPERATION_NOT_TRUSTED");
  });
});

describeWithoutDatabase("in development any document runs, yet none is stored as trusted", () => {
  it("runs a document outside the manifest, and still does not know its id afterwards", async () => {
    const development = await gatewayWith({ HUB_TRUSTED_DOCUMENTS: "off" });
    const register = await send(development, {
      query: UNTRUSTED,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNTRUSTED) } },
    });
    expect(register.body.errors).toBeUndefined();
    expect(register.body.data.provinces.length).toBeGreaterThan(0);
    expect((await send(development, { documentId: sha256(UNTRUSTED) })).body.errors?.[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describeWithoutDatabase("the trusted-documents settings", () => {
  it("enforce the manifest by default in production only", () => {
    expect(trustedDocumentsSettings({ NODE_ENV: "production" }).enforce).toBe(true);
    expect(trustedDocumentsSettings({ NODE_ENV: "development" }).enforce).toBe(false);
    expect(trustedDocumentsSettings({ NODE_ENV: "production", HUB_TRUSTED_DOCUMENTS: "off" }).enforce).toBe(false);
    expect([...trustedDocumentsSettings({ HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES: "admin, dpo" }).anyDocumentRoles]).toEqual(["admin", "dpo"]);
  });

  it("refuse a bad mode or an unknown role, naming the variable", () => {
    expect(() => trustedDocumentsSettings({ HUB_TRUSTED_DOCUMENTS: "yes" })).toThrow(/HUB_TRUSTED_DOCUMENTS must be "enforce" or "off"/);
    expect(() => trustedDocumentsSettings({ HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES: "admin,root" })).toThrow(
      /HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES lists "root"/,
    );
  });
});

describeWithoutDatabase("the manifest is built with the web app", () => {
  it("is what npm run codegen writes from the web app's documents, the contract and the registered clients", () => {
    expect(fs.readFileSync(MANIFEST_FILE, "utf8")).toBe(manifestText(buildTrustedManifest()));
  });

  it("holds every web-app document and every contract operation, each under the SHA-256 of its text", () => {
    const manifest = TrustedManifest.read();
    for (const [id, body] of Object.entries(WEB_DOCUMENTS)) expect(manifest.textOf(id)).toBe(body);
    for (const file of fs.readdirSync(path.join(__dirname, "contract/operations"))) {
      const body = fs.readFileSync(path.join(__dirname, "contract/operations", file), "utf8");
      expect(manifest.textOf(sha256(body))).toBe(body);
    }
  });

  it("takes in a department's registered client from its folder of operations", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hub-clients-"));
    try {
      fs.mkdirSync(path.join(folder, "vn-30-sct-intranet"));
      const body = 'query TradeEventsOfVn30 {\n  tradeEvents(provinceCode: "VN-30") {\n    id\n  }\n}\n';
      fs.writeFileSync(path.join(folder, "vn-30-sct-intranet", "TradeEventsOfVn30.graphql"), body);
      const documents = buildTrustedManifest({ registeredClients: folder });
      expect(documents.find((document) => document.client === "vn-30-sct-intranet")).toEqual({
        id: sha256(body),
        client: "vn-30-sct-intranet",
        name: "TradeEventsOfVn30",
        body,
      });
      expect(new TrustedManifest(documents).trusts(body.replace(/\s+/g, " "))).toBe(true);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("refuses a manifest whose id is not its document's SHA-256", () => {
    expect(() => new TrustedManifest([{ id: sha256("query A { a }"), client: "x", name: "B", body: "query B { b }" }])).toThrow(
      /not the SHA-256/,
    );
  });
});
