import { createConnection } from "mysql2/promise";
import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import type { RunningServer } from "../shared/service/http";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { SlowLink } from "./support/slow-link";
import { ON_MYSQL } from "./support/test-database";

/**
 * Backpressure: a department that answers slowly gets no more than a bounded
 * number of the gateway's requests at once; the rest are refused at once with
 * DEPARTMENT_BUSY and Retry-After, instead of waiting until they time out
 * while the gateway holds them all. The department's own database pool has
 * a bounded queue with the same refusal.
 */

/** Twenty different requests (identical ones would share one fetch at the gateway). */
const destinations = (i = 0) => `{ destinations(provinceCode: "VN-30", limit: ${i + 1}) { id } }`;
const PROVINCES = `{ provinces { code } }`;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  at: number;
}

async function ask(url: string, query: string): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as Answer["body"],
    at: Date.now(),
  };
}

describe("a slow department is refused fast, not piled up", () => {
  let hub: RunningHub;
  const savedQueue = process.env.HUB_DATABASE_QUEUE_LIMIT;
  beforeAll(async () => {
    process.env.HUB_DATABASE_QUEUE_LIMIT = "2"; // each department's database pool queues two requests at most
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
    if (savedQueue === undefined) delete process.env.HUB_DATABASE_QUEUE_LIMIT;
    else process.env.HUB_DATABASE_QUEUE_LIMIT = savedQueue;
  });

  describe("at the gateway, with at most three requests in flight to a department", () => {
    let link: SlowLink;
    let gateway: RunningServer;
    const saved = process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT;
    beforeAll(async () => {
      link = new SlowLink(hub.subgraphs.tourism.url);
      await link.open();
      process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT = "3";
      gateway = await startGateway({
        port: 0,
        supergraphSdl: readSupergraph(),
        subgraphUrls: { ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])), tourism: link.url },
      });
      if (saved === undefined) delete process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT;
      else process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT = saved;
    });
    afterAll(async () => {
      await link?.close();
      await gateway?.stop();
    });

    it("sends the slow department three requests, refuses the rest at once with DEPARTMENT_BUSY and Retry-After, and serves the other departments", async () => {
      const flood = Array.from({ length: 20 }, (_, i) => ask(gateway.url, destinations(i)));
      // which three the department holds is the gateway's choice: count the answers, not their places
      const early: Answer[] = [];
      for (const pending of flood) void pending.then((answer) => early.push(answer));
      // while the department holds its three, another department answers
      const provinces = await ask(gateway.url, PROVINCES);
      expect(provinces.body.data.provinces.length).toBeGreaterThan(0);
      while (link.holding < 3) await new Promise((resolve) => setTimeout(resolve, 20));
      setTimeout(() => link.release(), 6000).unref(); // never left holding should an expectation below fail
      const deadline = Date.now() + 4000;
      while (early.length < 17 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(early.length).toBe(17);
      expect(early.every((answer) => answer.body.errors?.[0]?.extensions?.code === "DEPARTMENT_BUSY")).toBe(true);
      link.release();
      const answers = await Promise.all(flood);

      const served = answers.filter((a) => a.body.data?.destinations);
      const busy = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === "DEPARTMENT_BUSY");
      expect(served).toHaveLength(3);
      expect(busy).toHaveLength(17);
      for (const answer of busy) {
        expect(answer.body.errors![0].extensions).toMatchObject({ department: "tourism", reason: "IN_FLIGHT_LIMIT", retryAfter: 1 });
        expect(answer.retryAfter).toBe("1");
        expect(answer.at).toBeLessThan(link.firstReleasedAt);
      }
      expect(link.mostHeld).toBe(3);
    });

    it("takes requests again as soon as the department has answered", async () => {
      const again = ask(gateway.url, destinations());
      while (link.holding < 1) await new Promise((resolve) => setTimeout(resolve, 20));
      link.release();
      expect((await again).body.data.destinations).toBeDefined();
    });
  });

  (ON_MYSQL ? describe : describe.skip)("in a department, whose database is slowed by a lock", () => {
    describe("the gateway's own requests to a department, with at most one in flight", () => {
      let link: SlowLink;
      let gateway: RunningServer;
      const saved = process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT;
      const TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
      beforeAll(async () => {
        link = new SlowLink(hub.subgraphs.plans.url);
        await link.open();
        process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT = "1";
        gateway = await startGateway({
          port: 0,
          supergraphSdl: readSupergraph(),
          subgraphUrls: { ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])), plans: link.url },
        });
        if (saved === undefined) delete process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT;
        else process.env.HUB_DEPARTMENT_MAX_IN_FLIGHT = saved;
      });
      afterAll(async () => {
        await link?.close();
        await gateway?.stop();
      });

      it("answers DEPARTMENT_BUSY with Retry-After, not 'unavailable', to a REST door call and to a change whose references it must check", async () => {
        const plans = await queryData(
          hub.gateway.url,
          `{ plans(provinceCode: "VN-30", year: 2019) { tasks { id } } }`,
          {},
          { as: TRADE_EDITOR },
        );
        const taskId = plans.plans[0].tasks[0].id;
        const held = ask(gateway.url, PROVINCES);
        while (link.holding < 1) await new Promise((resolve) => setTimeout(resolve, 20));
        setTimeout(() => link.release(), 6000).unref();

        // the door's credentials are checked by the plans department: it is busy, and the client is told when to come back
        const door = await fetch(`${gateway.url.replace(/\/graphql$/, "")}/api/rest/plans?provinceCode=VN-30`, {
          headers: { authorization: `Basic ${Buffer.from("client:secret").toString("base64")}` },
        });
        expect(door.status).toBe(503);
        expect(door.headers.get("retry-after")).toBe("1");
        expect((await door.json()).errors[0].extensions).toMatchObject({ code: "DEPARTMENT_BUSY", department: "plans", retryAfter: 1 });

        // a trade event pointing at a plan's task: the gateway asks plans whose task it is, and plans is busy
        const change = await postGraphQL(
          gateway.url,
          `mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id } }`,
          { input: { provinceCode: "VN-30", name: "Hội chợ", kind: "EXHIBITION", startsOn: "2026-12-20", taskId } },
          { as: TRADE_EDITOR },
        );
        expect(change.errors?.[0].extensions).toMatchObject({ code: "DEPARTMENT_BUSY", department: "plans" });
        link.release();
        expect((await held).body.data.provinces.length).toBeGreaterThan(0);
      });
    });

    it("refuses at once what its database pool cannot queue (DEPARTMENT_BUSY), and answers the queued requests once the database is back", async () => {
      // the tourism department's pool: its connections, and the queue HUB_DATABASE_QUEUE_LIMIT gave it when it started
      const source = hub.subgraphs.tourism.database.dataSource;
      const options = source.options as { url?: string };
      const pool = (source.driver as unknown as { pool: { config: { queueLimit: number; connectionLimit: number } } }).pool;
      expect(pool.config.queueLimit).toBe(2);
      const admin = await createConnection(String(options.url));
      await admin.query("LOCK TABLES destination WRITE");
      try {
        const flood = Array.from({ length: 20 }, (_, i) => ask(hub.gateway.url, destinations(i)));
        const early: Answer[] = [];
        for (const pending of flood) void pending.then((answer) => early.push(answer));
        const deadline = Date.now() + 4000;
        while (early.length < 20 - pool.config.connectionLimit - 2 && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        const refused = early.filter((a) => a.body.errors?.[0]?.extensions?.code === "DEPARTMENT_BUSY");
        expect(refused).toHaveLength(20 - pool.config.connectionLimit - 2);
        for (const answer of refused) {
          expect(answer.body.errors![0].extensions).toMatchObject({ department: "tourism", reason: "DATABASE_QUEUE_FULL", retryAfter: 1 });
          expect(answer.retryAfter).toBe("1");
        }
        await admin.query("UNLOCK TABLES");
        const answers = await Promise.all(flood);
        expect(answers.filter((a) => a.body.data?.destinations)).toHaveLength(pool.config.connectionLimit + 2);
      } finally {
        await admin.query("UNLOCK TABLES").catch(() => undefined);
        await admin.end();
      }
    });
  });
});
