import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeWithoutDatabase } from "./support/database-free";
import { freePort } from "./support/free-port";
import { official } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { startRedis, type RunningRedis } from "./support/redis";

/*
 * Idle limit of 2 s plus one activity interval of 1 s: a token unused for
 * more than 3 s is refused. Each scenario holds two kept-alive connections
 * that reach two different processes (two workers of one gateway, or two
 * gateways), and shows that what one process saw, the other knows.
 */
const IDLE_MINUTES = String(2 / 60);
const QUERY = (name: string) => JSON.stringify({ query: `query ${name} { borderGates(provinceCode: "VN-30") { id } }` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One kept-alive connection to a port: every request on it reaches the same process. */
class Connection {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  constructor(readonly port: number) {}

  send(pathname: string, body: string, token?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      const req = http.request(
        { host: "127.0.0.1", port: this.port, path: pathname, method: "POST", agent: this.agent, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  graphql(token?: string, name = "Probe") {
    return this.send("/graphql", QUERY(name), token);
  }

  close(): void {
    this.agent.destroy();
  }
}

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("a session is one across the gateway's workers and across gateways sharing Redis", () => {
  let hub: RunningHub;
  let redis: RunningRedis;
  const children: ChildProcess[] = [];
  const connections: Connection[] = [];

  beforeAll(async () => {
    [hub, redis] = await Promise.all([startHub(), startRedis()]);
  });
  afterAll(async () => {
    for (const connection of connections) connection.close();
    for (const child of children) child.kill("SIGKILL");
    await Promise.all([hub?.stop(), redis?.stop()]);
  });

  /** Starts the built gateway with `env`; resolves with its log lines once `readyLines` processes say ready. */
  async function gateway(env: NodeJS.ProcessEnv, readyLines: number): Promise<Record<string, any>[]> {
    const subgraphUrls = Object.fromEntries(
      Object.values(hub.subgraphs).map((s) => [`${DEPARTMENTS.find((d) => d.name === s.name)!.env}_URL`, s.url]),
    );
    const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/gateway/main.js")], {
      env: { ...process.env, HUB_LOG_LEVEL: "info", HUB_IDLE_TIMEOUT_MINUTES: IDLE_MINUTES, ...subgraphUrls, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const lines: Record<string, any>[] = [];
    let rest = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      const complete = (rest + chunk.toString("utf8")).split("\n");
      rest = complete.pop() ?? "";
      for (const line of complete) if (line.trim()) lines.push(JSON.parse(line));
    });
    const deadline = Date.now() + 30_000;
    while (lines.filter((l) => l.msg === "ready").length < readyLines) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`the gateway did not start: ${JSON.stringify(lines.slice(-5))}`);
      await sleep(50);
    }
    return lines;
  }

  /** The worker that served the last request named `name`, from the access log. */
  async function workerOf(lines: Record<string, any>[], name: string): Promise<number> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const line = lines.find((l) => l.msg === "request" && l.operation === name);
      if (line) return line.worker;
      if (Date.now() > deadline) throw new Error(`no access log line for ${name}`);
      await sleep(20);
    }
  }

  /**
   * `first` and `second` reach different processes. An official works on
   * the second only: the first still accepts the token after longer than the
   * idle limit; a sign-out on the second ends it on the first; a token left
   * unused on the first is refused as idle on the second.
   */
  async function oneSession(first: Connection, second: Connection): Promise<void> {
    const active = await signDevelopmentToken(official({ userId: `active.${first.port}`, provinceCode: "VN-30", role: "viewer" }));
    expect((await first.graphql(active)).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      await sleep(1000);
      expect((await second.graphql(active)).status).toBe(200);
      expect((await first.graphql()).status).toBe(200); // anonymous: keeps the connection, not the token, alive
    }
    // 5 s since the first process last saw the token: it is active there too
    expect((await first.graphql(active)).status).toBe(200);

    expect((await second.send("/auth/sign-out", "", active)).status).toBe(204);
    const afterSignOut = await first.graphql(active);
    expect(afterSignOut.status).toBe(401);
    expect(afterSignOut.body).toContain("The bearer token was not accepted.");

    const idle = await signDevelopmentToken(official({ userId: `idle.${first.port}`, provinceCode: "VN-30", role: "viewer" }));
    expect((await first.graphql(idle)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      await sleep(1000);
      expect((await second.graphql()).status).toBe(200);
    }
    expect((await second.graphql(idle)).status).toBe(401);
    expect((await first.graphql(idle)).status).toBe(401);
  }

  it("keeps the workers' sessions in their primary: activity, sign-out and idleness on one worker hold on the other", async () => {
    const port = await freePort();
    const lines = await gateway({ HUB_GATEWAY_WORKERS: "2", GATEWAY_PORT: String(port) }, 2);
    // kept-alive connections until two of them reach different workers
    const first = new Connection(port);
    connections.push(first);
    await first.graphql(undefined, "First");
    const firstWorker = await workerOf(lines, "First");
    let second: Connection | undefined;
    for (let i = 0; i < 40 && !second; i++) {
      const candidate = new Connection(port);
      connections.push(candidate);
      await Promise.all([candidate.graphql(undefined, `Candidate${i}`), first.graphql()]);
      if ((await workerOf(lines, `Candidate${i}`)) !== firstWorker) second = candidate;
    }
    expect(second).toBeDefined();
    await oneSession(first, second!);
  });

  it("keeps the sessions of two gateways in one Redis, and a gateway still serves, alone, while Redis is down", async () => {
    const ports = [await freePort(), await freePort()];
    const shared = { HUB_SESSION_STORE: "redis", HUB_SESSION_REDIS_URL: redis.url };
    const [, lines] = await Promise.all(ports.map((port) => gateway({ ...shared, GATEWAY_PORT: String(port) }, 1)));
    const [first, second] = ports.map((port) => new Connection(port));
    connections.push(first, second);
    await oneSession(first, second);

    await redis.stop();
    const token = await signDevelopmentToken(official({ userId: "while.redis.down", provinceCode: "VN-30", role: "viewer" }));
    expect((await second.graphql(token)).status).toBe(200);
    expect((await second.send("/auth/sign-out", "", token)).status).toBe(204);
    expect((await second.graphql(token)).status).toBe(401);
    expect(lines.some((l) => l.msg === "session store unreachable: this gateway keeps sessions alone until it is back")).toBe(true);
  });
});
