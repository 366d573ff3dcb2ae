import net from "node:net";
import { createConnection } from "mysql2/promise";
import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import type { RunningServer } from "../shared/service/http";
import { tourismSubgraph } from "../subgraphs/tourism";
import { official, postGraphQL } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { adminUrl, ON_MYSQL } from "./support/test-database";

/**
 * A department that answers but cannot fully serve says so: its readiness
 * stays 200 (it still serves reads) with `status: "degraded"` and, for
 * operators, the reason — a database that refuses writes (full, read-only),
 * one slower than it should be, or a clock that drifts from the database's
 * (timestamps decide deadlines and token expiry). The gateway passes each
 * department's reasons on.
 */

interface Readiness {
  status: string;
  dependencies?: { name: string; state: string; reasons?: string[] }[];
}

async function readiness(url: string): Promise<{ code: number; body: Readiness }> {
  const response = await fetch(new URL("/health/ready", url));
  return { code: response.status, body: (await response.json()) as Readiness };
}

const reasonsOf = (body: Readiness) => (body.dependencies ?? []).flatMap((d) => d.reasons ?? []);

/** A TCP relay to the database that holds every chunk back by `delayMs`: a database answering slowly. */
async function slowRelay(target: URL, delayMs: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    const late = (to: net.Socket) => (chunk: Buffer) => setTimeout(() => to.write(chunk), delayMs);
    client.on("data", late(upstream));
    upstream.on("data", late(client));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("readiness tells the truth under faults", () => {
  let hub: RunningHub;
  let gateway: RunningServer;
  beforeAll(async () => {
    hub = await startHub();
    gateway = hub.gateway;
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("says ready, with nothing to report, when every department's database is well", async () => {
    const answer = await readiness(hub.subgraphs.tourism.url);
    expect(answer).toEqual({ code: 200, body: expect.objectContaining({ status: "ready" }) });
    expect(answer.body.dependencies).toEqual([expect.objectContaining({ name: "database", state: "up" })]);
    expect((await readiness(gateway.url)).body.status).toBe("ready");
  });

  (ON_MYSQL ? it.skip : it)(
    "says degraded and why once the embedded database is full, and ready again once a write goes through",
    async () => {
      const db = hub.subgraphs.tourism.database.dataSource;
      const [{ page_count: pages }] = await db.query("PRAGMA page_count");
      await db.query(`PRAGMA max_page_count = ${pages}`);
      try {
        const big = "Điểm đến ".repeat(200);
        const editor = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "editor" });
        let refused = false;
        for (let i = 0; i < 50 && !refused; i++) {
          const answer = await postGraphQL(
            gateway.url,
            `mutation ($input: DestinationInput!) { createDestination(input: $input) { id } }`,
            { input: { provinceCode: "VN-30", name: `Đầy ${i}`, kind: "SCENIC_SPOT", description: big.slice(0, 1900) } },
            { as: editor },
          );
          refused = !!answer.errors?.length;
        }
        expect(refused).toBe(true);
        const department = await readiness(hub.subgraphs.tourism.url);
        expect(department.code).toBe(200);
        expect(department.body.status).toBe("degraded");
        expect(reasonsOf(department.body)).toEqual([expect.stringMatching(/^full: a write was refused at /)]);
        const atGateway = await readiness(gateway.url);
        expect(atGateway.body.status).toBe("degraded");
        expect(atGateway.body.dependencies).toContainEqual({
          name: "tourism",
          state: "degraded",
          reasons: [expect.stringMatching(/^database: full: /)],
        });
      } finally {
        await db.query("PRAGMA max_page_count = 1073741823");
      }
      const editor = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "editor" });
      const written = await postGraphQL(
        gateway.url,
        `mutation ($input: DestinationInput!) { createDestination(input: $input) { id } }`,
        { input: { provinceCode: "VN-30", name: "Sau khi dọn chỗ", kind: "SCENIC_SPOT" } },
        { as: editor },
      );
      expect(written.errors).toBeUndefined();
      expect((await readiness(hub.subgraphs.tourism.url)).body.status).toBe("ready");
    },
  );

  (ON_MYSQL ? it : it.skip)("says degraded, read-only, while the MySQL server refuses writes", async () => {
    const admin = await createConnection(adminUrl());
    try {
      await admin.query("SET GLOBAL read_only = 1");
      const answer = await readiness(hub.subgraphs.tourism.url);
      expect(answer.code).toBe(200);
      expect(answer.body.status).toBe("degraded");
      expect(reasonsOf(answer.body)).toContain("read-only: the server refuses writes (read_only is on)");
    } finally {
      await admin.query("SET GLOBAL read_only = 0");
      await admin.end();
    }
    expect((await readiness(hub.subgraphs.tourism.url)).body.status).toBe("ready");
  });

  (ON_MYSQL ? it : it.skip)("says degraded when this service's clock drifts from the database's beyond the bound", async () => {
    const now = Date.now.bind(Date);
    const drifting = jest.spyOn(Date, "now").mockImplementation(() => now() + 10 * 60_000);
    try {
      const answer = await readiness(hub.subgraphs.tourism.url);
      expect(answer.body.status).toBe("degraded");
      const [reason] = reasonsOf(answer.body);
      const drift = Number(
        /^clock: this service's clock and the database's differ by (\d+) ms \(HUB_CLOCK_DRIFT_MAX_MS is 2000\)$/.exec(reason)?.[1],
      );
      expect(Math.abs(drift - 10 * 60_000)).toBeLessThan(5000);
    } finally {
      drifting.mockRestore();
    }
    expect((await readiness(hub.subgraphs.tourism.url)).body.status).toBe("ready");
  });

  (ON_MYSQL ? describe : describe.skip)("with a department whose database answers slowly", () => {
    const data = temporaryDataDirectory("slow-database");
    let relay: Awaited<ReturnType<typeof slowRelay>>;
    let slow: RunningSubgraph;
    const saved = process.env.HUB_DATABASE_SLOW_MS;
    beforeAll(async () => {
      const location = (hub.subgraphs.tourism.database.dataSource.options as { url: string }).url;
      const url = new URL(location);
      relay = await slowRelay(new URL(location), 150); // its own copy: `url` becomes the relay's address below
      url.hostname = "127.0.0.1";
      url.port = String(relay.port);
      process.env.HUB_DATABASE_SLOW_MS = "200";
      slow = await startTestSubgraph(tourismSubgraph, data.directory, {
        seedDemoData: false,
        database: { location: { url: url.toString() }, drop: async () => undefined },
      });
    }, 60_000);
    afterAll(async () => {
      await slow?.stop();
      await relay?.close();
      data.cleanup();
      if (saved === undefined) delete process.env.HUB_DATABASE_SLOW_MS;
      else process.env.HUB_DATABASE_SLOW_MS = saved;
    });

    it("says degraded, slow, with how long a trivial query took", async () => {
      const answer = await readiness(slow.url);
      expect(answer.code).toBe(200);
      expect(reasonsOf(answer.body)).toEqual([
        expect.stringMatching(/^slow: a trivial query took \d{3,} ms \(HUB_DATABASE_SLOW_MS is 200\)$/),
      ]);
      const atGateway = await startGateway({
        port: 0,
        supergraphSdl: readSupergraph(),
        subgraphUrls: { ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])), tourism: slow.url },
      });
      try {
        const gatewayReadiness = await readiness(atGateway.url);
        expect(gatewayReadiness.code).toBe(200);
        expect(gatewayReadiness.body.dependencies).toContainEqual({
          name: "tourism",
          state: "degraded",
          reasons: [expect.stringMatching(/^database: slow: /)],
        });
      } finally {
        await atGateway.stop();
      }
    });
  });
});
