import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { createConnection } from "mysql2/promise";
import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { migrateDatabase } from "../shared/federation/schema-admin";
import type { RunningServer } from "../shared/service/http";
import { tradeSubgraph } from "../subgraphs/trade";
import { freePort } from "./support/free-port";
import { official } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { PrivateMariaDb } from "./support/private-mariadb";
import { RetryingClient } from "./support/retrying-client";
import { ON_MYSQL } from "./support/test-database";

/**
 * A thousand creates and updates from several clients, each retried with the
 * same Idempotency-Key (an update with the same version) until the hub
 * acknowledges it, while the trade department's MariaDB is killed and
 * started again, and then the department's process is killed and started
 * again. At the end every acknowledged write is there exactly once, each
 * record's version counts its updates, every write has its one audit entry,
 * and `npm run audit:verify` finds the chain intact.
 */

const CLIENTS = 8;
const OPERATIONS = 1000;
const MARK = `restart-${randomUUID().slice(0, 8)}`;
const EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: "restart.trade.editor" });

const CREATE = `mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id version participatingBusinesses } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: TradeEventInput!) { updateTradeEvent(id: $id, version: $version, input: $input) { id version participatingBusinesses } }`;
const READ = `query ($id: ID!) { tradeEvent(id: $id) { id version participatingBusinesses } }`;

const input = (name: string, updates: number) => ({
  provinceCode: "VN-30",
  name,
  kind: "FAIR",
  venue: "Cửa khẩu quốc tế Lệ Thanh",
  participatingBusinesses: updates,
});

interface Written {
  id: string;
  name: string;
  version: number;
  updates: number;
}

(ON_MYSQL ? describe : describe.skip)("writes survive the department's database and process restarting", () => {
  let database: PrivateMariaDb;
  let tradeUrl = "";
  let tradePort: number;
  let trade: ChildProcess | null = null;
  let hub: RunningHub;
  let gateway: RunningServer;
  let databaseUrl: string;

  const startTrade = async () => {
    trade = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/subgraphs/trade/main.js")], {
      env: {
        ...process.env,
        NODE_ENV: "development",
        TRADE_PORT: String(tradePort),
        TRADE_DATABASE_URL: databaseUrl,
        HUB_LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    const deadline = Date.now() + 30_000;
    while (
      (await fetch(`http://127.0.0.1:${tradePort}/health/live`).then(
        (r) => r.status,
        () => 0,
      )) !== 200
    ) {
      if (Date.now() > deadline) throw new Error("the trade department did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const killTrade = async () => {
    const child = trade!;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGKILL");
    await exited;
  };

  beforeAll(async () => {
    database = new PrivateMariaDb(await freePort());
    await database.install();
    databaseUrl = await database.createDatabase("hub_trade_restart", "hub_trade_restart", "restart-secret");
    await migrateDatabase(tradeSubgraph, { url: databaseUrl });
    tradePort = await freePort();
    tradeUrl = `http://127.0.0.1:${tradePort}/graphql`;
    await startTrade();
    hub = await startHub();
    const timeout = process.env.HUB_SUBGRAPH_TIMEOUT_MS;
    process.env.HUB_SUBGRAPH_TIMEOUT_MS = "2000";
    gateway = await startGateway({
      port: 0,
      supergraphSdl: readSupergraph(),
      subgraphUrls: { ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])), trade: tradeUrl },
      rateLimits: { points: 1_000_000 },
    });
    if (timeout === undefined) delete process.env.HUB_SUBGRAPH_TIMEOUT_MS;
    else process.env.HUB_SUBGRAPH_TIMEOUT_MS = timeout;
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await hub?.stop();
    trade?.kill("SIGKILL");
    await database?.destroy();
  });

  it("keeps every acknowledged write exactly once through a database crash and a department kill, with versions and the audit chain intact", async () => {
    const sender = new RetryingClient(gateway.url, EDITOR);
    const untilAnswered = sender.untilAnswered.bind(sender);
    let acknowledged = 0;
    const faultsAt: number[] = [];
    const faults = (async () => {
      const reached = async (count: number) => {
        while (acknowledged < count) await new Promise((resolve) => setTimeout(resolve, 20));
      };
      await reached(OPERATIONS * 0.25);
      faultsAt.push(acknowledged);
      await database.stop("SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await database.start();
      await reached(OPERATIONS * 0.65);
      faultsAt.push(acknowledged);
      await killTrade();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await startTrade();
    })();

    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      const mine: Written[] = [];
      for (let i = 0; i < OPERATIONS / CLIENTS; i++) {
        if (i % 5 === 1 || i % 5 === 3) {
          const record = mine[i % mine.length];
          const wanted = record.updates + 1;
          const answer = await untilAnswered(UPDATE, { id: record.id, version: record.version, input: input(record.name, wanted) });
          if (answer.data?.updateTradeEvent) {
            expect(answer.data.updateTradeEvent).toEqual({ id: record.id, version: record.version + 1, participatingBusinesses: wanted });
          } else {
            // CONFLICT after a retry: an earlier send was made but its answer lost; the record says so
            expect(answer.errors?.[0].extensions?.code).toBe("CONFLICT");
            const stored = (await untilAnswered(READ, { id: record.id })).data.tradeEvent;
            expect(stored).toEqual({ id: record.id, version: record.version + 1, participatingBusinesses: wanted });
          }
          record.version += 1;
          record.updates = wanted;
        } else {
          const name = `${MARK} ${client}-${i}`;
          const answer = await untilAnswered(CREATE, { input: input(name, 0) }, randomUUID());
          expect(answer.errors).toBeUndefined();
          mine.push({ id: answer.data.createTradeEvent.id, name, version: answer.data.createTradeEvent.version, updates: 0 });
        }
        acknowledged += 1;
      }
      return mine;
    });
    const written = (await Promise.all(clients)).flat();
    await faults;
    expect(acknowledged).toBe(OPERATIONS);
    // both faults struck while writes were in flight, and clients had to send again
    expect(faultsAt.every((at) => at < OPERATIONS * 0.9)).toBe(true);
    expect(sender.resent).toBeGreaterThan(CLIENTS);

    const sql = await createConnection(databaseUrl);
    try {
      const [rows] = (await sql.query("SELECT id, name, version, participatingBusinesses FROM trade_event WHERE name LIKE ?", [
        `${MARK} %`,
      ])) as any;
      // every acknowledged create exactly once, nothing else; each version counts its record's updates
      expect(rows.length).toBe(written.length);
      const byName = new Map<string, any>(rows.map((row: any) => [row.name, row]));
      expect(byName.size).toBe(rows.length);
      for (const record of written) {
        expect(byName.get(record.name)).toEqual({
          id: record.id,
          name: record.name,
          version: 1 + record.updates,
          participatingBusinesses: record.updates,
        });
      }
      // each write has its one audit entry, made in its transaction
      const [entries] = (await sql.query(
        "SELECT recordId, operation, COUNT(*) AS n FROM audit_entry WHERE outcome = 'ALLOWED' AND entity = 'TradeEvent' GROUP BY recordId, operation",
      )) as any;
      const count = (id: string, operation: string) =>
        Number(entries.find((e: any) => e.recordId === id && e.operation === operation)?.n ?? 0);
      for (const record of written) {
        expect([count(record.id, "createTradeEvent"), count(record.id, "updateTradeEvent")]).toEqual([1, record.updates]);
      }
    } finally {
      await sql.end();
    }
    expect(written.filter((r) => r.updates > 0).length).toBeGreaterThan(100);

    const verify = await promisify(execFile)(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/audit-verify.js"), "trade"], {
      env: { ...process.env, TRADE_DATABASE_URL: databaseUrl, HUB_LOG_LEVEL: "silent" },
    });
    expect(verify.stdout).toMatch(/^trade \(TRADE_DATABASE_URL\): intact, \d+ entries/m);
  }, 300_000);
});
