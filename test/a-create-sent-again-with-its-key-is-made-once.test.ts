import { randomUUID } from "node:crypto";
import type { Viewer } from "../shared/auth/identity";
import { IdempotentWrite } from "../shared/records/idempotency";
import { credentialsFor, official, queryData, TEST_ADMIN, type GraphQLResponse } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

/**
 * A client that timed out cannot know whether its create was made. Sent
 * again with the same `Idempotency-Key`, it gets the record the first
 * request made, and nothing more is written; the key lives in the
 * department's database with the record, per official and per mutation.
 */

const EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: "idem.trade.editor" });
const OTHER_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: "idem.trade.other" });

const CREATE = /* GraphQL */ `
  mutation ($input: TradeEventInput!) {
    createTradeEvent(input: $input) {
      id
      name
      version
    }
  }
`;

const eventInput = (name: string) => ({
  provinceCode: "VN-30",
  name,
  kind: "FAIR",
  venue: "Cửa khẩu quốc tế Lệ Thanh",
  startsOn: "2026-05-12",
});

async function send(hub: RunningHub, query: string, variables: object, key: string | null, as: Viewer = EDITOR) {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(hub.gateway.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(await credentialsFor(hub.gateway.url, as)),
      ...(key === null ? {} : { "idempotency-key": key }),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

async function eventsNamed(hub: RunningHub, name: string): Promise<string[]> {
  const data = await queryData(
    hub.gateway.url,
    `query ($s: String) { tradeEvents(provinceCode: "VN-30", search: $s, limit: 500) { id name } }`,
    { s: name },
  );
  return data.tradeEvents.filter((e: { name: string }) => e.name === name).map((e: { id: string }) => e.id);
}

async function createEntries(hub: RunningHub, recordId: string): Promise<number> {
  const data = await queryData(
    hub.gateway.url,
    `query ($id: ID) { auditLog { trade(recordId: $id, operation: "createTradeEvent", limit: 100) { outcome } } }`,
    {
      id: recordId,
    },
  );
  return data.auditLog.trade.filter((e: { outcome: string }) => e.outcome === "ALLOWED").length;
}

describe("a create sent again with its Idempotency-Key is made once", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("answers a repeated create with the record the first made, writing and auditing nothing more", async () => {
    const key = randomUUID();
    const name = `Hội chợ ${key}`;
    const first = await send(hub, CREATE, { input: eventInput(name) }, key);
    expect(first.body.errors).toBeUndefined();
    const again = await send(hub, CREATE, { input: eventInput(name) }, key);
    expect(again.body).toEqual(first.body);
    expect(await eventsNamed(hub, name)).toEqual([first.body.data.createTradeEvent.id]);
    expect(await createEntries(hub, first.body.data.createTradeEvent.id)).toBe(1);
  });

  it("makes one record of many sends of the same create at the same moment", async () => {
    const key = randomUUID();
    const name = `Hội chợ đồng thời ${key}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(hub, CREATE, { input: eventInput(name) }, key)));
    const ids = new Set(answers.map((a) => a.body.data?.createTradeEvent.id));
    expect(answers.every((a) => a.status === 200 && !a.body.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await eventsNamed(hub, name)).toEqual([...ids]);
  });

  it("refuses the same key with another input as CONFLICT, writing nothing", async () => {
    const key = randomUUID();
    const first = await send(hub, CREATE, { input: eventInput(`Hội chợ A ${key}`) }, key);
    expect(first.body.errors).toBeUndefined();
    const other = await send(hub, CREATE, { input: eventInput(`Hội chợ B ${key}`) }, key);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "IDEMPOTENCY_KEY_REUSED" });
    expect(await eventsNamed(hub, `Hội chợ B ${key}`)).toEqual([]);
  });

  it("keeps each official's keys apart, and makes a new record for each create sent without one", async () => {
    const key = randomUUID();
    const name = `Hội chợ hai người ${key}`;
    const mine = await send(hub, CREATE, { input: eventInput(name) }, key);
    const theirs = await send(hub, CREATE, { input: eventInput(name) }, key, OTHER_EDITOR);
    expect(theirs.body.data.createTradeEvent.id).not.toBe(mine.body.data.createTradeEvent.id);
    const plain = `Hội chợ không khóa ${key}`;
    await send(hub, CREATE, { input: eventInput(plain) }, null);
    await send(hub, CREATE, { input: eventInput(plain) }, null);
    expect(await eventsNamed(hub, plain)).toHaveLength(2);
  });

  it("makes both creates of one request under one key, and neither again when the request is repeated", async () => {
    const key = randomUUID();
    const both = /* GraphQL */ `
      mutation ($a: TradeEventInput!, $b: TradeEventInput!) {
        a: createTradeEvent(input: $a) {
          id
        }
        b: createTradeEvent(input: $b) {
          id
        }
      }
    `;
    const variables = { a: eventInput(`Hội chợ một ${key}`), b: eventInput(`Hội chợ hai ${key}`) };
    const first = await send(hub, both, variables, key);
    expect(first.body.data.a.id).not.toBe(first.body.data.b.id);
    const again = await send(hub, both, variables, key);
    expect(again.body.data).toEqual(first.body.data);
    expect(await eventsNamed(hub, `Hội chợ một ${key}`)).toHaveLength(1);
    expect(await eventsNamed(hub, `Hội chợ hai ${key}`)).toHaveLength(1);
  });

  it("forgets a key after the retention window: a send that late makes a new record", async () => {
    const key = randomUUID();
    const name = `Hội chợ muộn ${key}`;
    const first = await send(hub, CREATE, { input: eventInput(name) }, key);
    // the key as it would stand two days later (24 hours by default: HUB_IDEMPOTENCY_RETENTION_HOURS)
    const db = hub.subgraphs.trade.database.dataSource;
    const kept = await db.getRepository(IdempotentWrite).findOneByOrFail({ recordId: first.body.data.createTradeEvent.id });
    await db.getRepository(IdempotentWrite).update({ slot: kept.slot }, { createdAt: new Date(Date.now() - 48 * 3_600_000).toISOString() });
    const late = await send(hub, CREATE, { input: eventInput(name) }, key);
    expect(late.body.data.createTradeEvent.id).not.toBe(first.body.data.createTradeEvent.id);
    expect(await eventsNamed(hub, name)).toHaveLength(2);
  });

  it("refuses a malformed key before anything runs", async () => {
    const name = `Hội chợ khóa hỏng ${randomUUID()}`;
    for (const key of ["", "two words", "x".repeat(201)]) {
      const answer = await send(hub, CREATE, { input: eventInput(name) }, key);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "BAD_IDEMPOTENCY_KEY" });
    }
    expect(await eventsNamed(hub, name)).toEqual([]);
  });

  it("never shows an API client's secret twice: a repeated create is refused, naming the client it made", async () => {
    const key = randomUUID();
    const create = `mutation { createApiClient(input: { provinceCode: "VN-30", agencyCode: "VPUBND", name: "LGSP ${key}", scopes: [PLANS_READ] }) { clientId secret } }`;
    const first = await send(hub, create, {}, key, TEST_ADMIN);
    const clientId = first.body.data.createApiClient.clientId;
    const again = await send(hub, create, {}, key, TEST_ADMIN);
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "SECRET_SHOWN_ONCE", clientId });
    const clients = await queryData(hub.gateway.url, `{ apiClients(provinceCode: "VN-30") { id name } }`);
    expect(clients.apiClients.filter((c: { name: string }) => c.name === `LGSP ${key}`)).toHaveLength(1);
  });
});
