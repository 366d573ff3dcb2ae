import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { postGraphQL, queryData } from "./support/graphql-client";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { createMysqlDatabase, ON_MYSQL } from "./support/test-database";

/**
 * The hub as separate processes, as in production, with departments killed,
 * frozen and cut from their database while the gateway keeps answering.
 */
const BASE = 4720;
const PORT: Record<string, number> = {
  gateway: BASE,
  plans: BASE + 1,
  trade: BASE + 2,
  tourism: BASE + 3,
  foreignAffairs: BASE + 4,
  borderSecurity: BASE + 5,
};
const GATEWAY = `http://localhost:${PORT.gateway}/graphql`;
const QUERY = /* GraphQL */ `
  {
    province(code: "VN-30") {
      name
      tradeSummary(year: 2019) {
        tradeEvents
      }
    }
    plans(provinceCode: "VN-30", year: 2019) {
      id
    }
  }
`;

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const status = (port: number, route: string) =>
  fetch(`http://127.0.0.1:${port}${route}`).then(
    (r) => r.status,
    () => 0,
  );

/** A TCP relay between a subgraph and its database, to cut and restore the connection. */
class DatabaseLink {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}
  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe("faults: the hub keeps serving through a department's failure", () => {
  const data = temporaryDataDirectory("faults");
  const processes = new Map<string, ChildProcess>();
  let env: NodeJS.ProcessEnv;
  const databases: { drop(): Promise<void> }[] = [];
  let link: DatabaseLink | undefined;

  function start(name: string): ChildProcess {
    const script = name === "gateway" ? "gateway/main.js" : `subgraphs/${DEPARTMENTS.find((s) => s.name === name)!.folder}/main.js`;
    const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist", script)], { env, stdio: "ignore" });
    processes.set(name, child);
    return child;
  }
  const stopped = (child: ChildProcess) =>
    new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", () => resolve())));

  beforeAll(async () => {
    env = {
      ...process.env,
      HUB_DATA_DIR: data.directory,
      HUB_SUBGRAPH_TIMEOUT_MS: "1500",
      HUB_LOG_LEVEL: "silent",
      NODE_ENV: "development",
    };
    for (const [name, port] of Object.entries(PORT)) {
      const entry = DEPARTMENTS.find((s) => s.name === name);
      env[name === "gateway" ? "GATEWAY_PORT" : `${entry!.env}_PORT`] = String(port);
      if (entry) delete env[`${entry.env}_DATABASE_URL`];
    }
    if (ON_MYSQL) {
      // Trade reaches its database through a link the test can cut.
      const database = await createMysqlDatabase("faults_trade");
      databases.push(database);
      const url = new URL((database.location as { url: string }).url);
      link = new DatabaseLink(BASE + 50, { host: url.hostname, port: Number(url.port) });
      await link.open();
      url.hostname = "127.0.0.1";
      url.port = String(BASE + 50);
      env.TRADE_DATABASE_URL = url.toString();
      const { migrateDatabase, seedDatabase } = await import("../shared/federation/schema-admin");
      const { tradeSubgraph } = await import("../subgraphs/trade");
      await migrateDatabase(tradeSubgraph, database.location);
      await seedDatabase(tradeSubgraph, database.location);
    }
    start("gateway"); // before the departments: it must start whatever state they are in
    await until(async () => (await status(PORT.gateway, "/health/live")) === 200);
    for (const name of Object.keys(PORT).filter((n) => n !== "gateway")) start(name);
    await until(async () => (await status(PORT.gateway, "/health/ready")) === 200, 60_000);
  });

  afterAll(async () => {
    for (const child of processes.values()) {
      child.kill("SIGCONT");
      child.kill("SIGTERM");
    }
    await Promise.all([...processes.values()].map(stopped));
    await link?.cut();
    await Promise.all(databases.map((d) => d.drop()));
    data.cleanup();
  });

  it("answers with what it has when a department is killed, names the department, and recovers when it returns", async () => {
    const written = await queryData(
      GATEWAY,
      /* GraphQL */ `
        mutation {
          createTradeEvent(input: { provinceCode: "VN-30", name: "Hội chợ trước sự cố", kind: FAIR, startsOn: "2019-12-01" }) {
            id
          }
        }
      `,
    );

    const trade = processes.get("trade")!;
    trade.kill("SIGKILL");
    await stopped(trade);
    const during = await postGraphQL(GATEWAY, QUERY);
    expect(during.data?.plans).toEqual([{ id: "VN-30-2019" }]);
    expect(during.data?.province?.name).toBe("Gia Lai");
    expect(during.errors?.map((e) => e.extensions)).toContainEqual(
      expect.objectContaining({ code: "DEPARTMENT_UNAVAILABLE", department: "trade" }),
    );
    expect(JSON.stringify(during.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost/);

    const ready = await fetch(`http://127.0.0.1:${PORT.gateway}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { dependencies: unknown[] }).dependencies).toContainEqual(
      expect.objectContaining({ name: "trade", state: "down" }),
    );
    const metrics = await (await fetch(`http://127.0.0.1:${PORT.gateway}/metrics`)).text();
    expect(metrics).toMatch(/hub_subgraph_fetch_errors_total\{[^}]*subgraph="trade"[^}]*reason="unavailable"[^}]*\} [1-9]/);

    start("trade");
    await until(async () => (await status(PORT.gateway, "/health/ready")) === 200);
    const after = await postGraphQL(
      GATEWAY,
      /* GraphQL */ `
        query ($id: ID!) {
          tradeEvent(id: $id) {
            name
          }
        }
      `,
      { id: written.createTradeEvent.id },
    );
    expect(after).toEqual({ data: { tradeEvent: { name: "Hội chợ trước sự cố" } } });
  });

  it("gives up on a department slower than its timeout, and recovers when it answers again", async () => {
    const tourism = processes.get("tourism")!;
    tourism.kill("SIGSTOP"); // frozen: accepts connections, answers nothing
    try {
      const started = Date.now();
      const during = await postGraphQL(
        GATEWAY,
        /* GraphQL */ `
          {
            province(code: "VN-30") {
              name
              tourismSummary(year: 2019) {
                publications
              }
            }
          }
        `,
      );
      expect(Date.now() - started).toBeLessThan(5000);
      expect(during.data?.province).toEqual({ name: "Gia Lai", tourismSummary: null }); // the rest of the answer survives
      expect(during.errors?.map((e) => e.extensions)).toContainEqual(
        expect.objectContaining({ code: "DEPARTMENT_TIMEOUT", department: "tourism" }),
      );
      const metrics = await (await fetch(`http://127.0.0.1:${PORT.gateway}/metrics`)).text();
      expect(metrics).toMatch(/hub_subgraph_fetch_errors_total\{[^}]*subgraph="tourism"[^}]*reason="timeout"[^}]*\} [1-9]/);
    } finally {
      tourism.kill("SIGCONT");
    }
    await until(
      async () =>
        !(
          await postGraphQL(
            GATEWAY,
            /* GraphQL */ `
              {
                province(code: "VN-30") {
                  tourismSummary(year: 2019) {
                    publications
                  }
                }
              }
            `,
          )
        ).errors,
    );
  });

  (ON_MYSQL ? it : it.skip)("reports a lost database clearly, shows it in readiness, and reconnects by itself (MySQL pass)", async () => {
    await link!.cut();
    const during = await postGraphQL(
      GATEWAY,
      /* GraphQL */ `
        {
          tradeEvent(id: "demo-trade-gl-le-thanh-fair-2019") {
            name
          }
          plans(provinceCode: "VN-30", year: 2019) {
            id
          }
        }
      `,
    );
    expect(during.data?.plans).toEqual([{ id: "VN-30-2019" }]);
    const error = during.errors?.find((e) => e.extensions?.code === "DATABASE_UNAVAILABLE");
    expect(error?.message).toBe("The department's database cannot be reached; try again shortly.");
    expect(JSON.stringify(during.errors)).not.toMatch(/SELECT|ECONNREFUSED|127\.0\.0\.1|\bat /);
    const ready = await fetch(`http://127.0.0.1:${PORT.trade}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { dependencies: unknown[] }).dependencies).toEqual([
      expect.objectContaining({ name: "database", state: "down" }),
    ]);
    expect(await status(PORT.gateway, "/health/ready")).toBe(503);

    await link!.open();
    await until(async () => (await status(PORT.trade, "/health/ready")) === 200);
    const after = await queryData(
      GATEWAY,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-30", search: "truoc su co") {
            name
          }
        }
      `,
    );
    expect(after.tradeEvents).toEqual([{ name: "Hội chợ trước sự cố" }]);
    const metrics = await (await fetch(`http://127.0.0.1:${PORT.trade}/metrics`)).text();
    expect(metrics).toMatch(/hub_database_query_duration_seconds_count\{[^}]*outcome="error"[^}]*\} [1-9]/);
  });
});
