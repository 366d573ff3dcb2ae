import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeWithoutDatabase } from "./support/database-free";
import { freePort } from "./support/free-port";
import { startHub, type RunningHub } from "./support/hub";

const QUERY = JSON.stringify({ query: `{ borderGates(provinceCode: "VN-30") { id } }` });

/** One request on a connection of its own, so the primary hands it to whichever worker is next. */
function ask(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent: false, headers: { "content-type": "application/json" } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end(QUERY);
  });
}

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("the gateway runs several worker processes on one port (HUB_GATEWAY_WORKERS)", () => {
  let hub: RunningHub;
  let gateway: ChildProcess | undefined;
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    gateway?.kill("SIGKILL");
    await hub?.stop();
  });

  const until = async (what: () => boolean, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!what()) {
      if (Date.now() > deadline) throw new Error(`not within ${ms} ms; log: ${JSON.stringify(lines.slice(-5))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it("shares the requests among its workers, replaces one that dies while the others answer, and stops them all on SIGTERM", async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HUB_GATEWAY_WORKERS: "2",
      GATEWAY_PORT: String(port),
      HUB_LOG_LEVEL: "info",
      ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [`${DEPARTMENTS.find((d) => d.name === s.name)!.env}_URL`, s.url])),
    };
    gateway = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/gateway/main.js")], { env, stdio: ["ignore", "pipe", "inherit"] });
    let rest = "";
    gateway.stdout!.on("data", (chunk: Buffer) => {
      const text = rest + chunk.toString("utf8");
      const complete = text.split("\n");
      rest = complete.pop() ?? "";
      for (const line of complete) if (line.trim()) lines.push(JSON.parse(line));
    });
    const ready = () => lines.filter((l) => l.msg === "ready").map((l) => l.worker);
    await until(() => ready().length === 2);
    expect(ready().sort()).toEqual([1, 2]);

    // the primary hands each new connection to a worker that is free: sooner or later both serve
    const servedBy = () => new Set(lines.filter((l) => l.msg === "request").map((l) => l.worker));
    const deadline = Date.now() + 20_000;
    while (servedBy().size < 2 && Date.now() < deadline) {
      const answers = await Promise.all(Array.from({ length: 6 }, () => ask(port)));
      expect(answers.every((a) => a.status === 200 && a.body.includes("VN-30-le-thanh"))).toBe(true);
    }
    expect([...servedBy()].sort()).toEqual([1, 2]);

    // one worker dies: the other answers meanwhile, and the primary starts another in its place
    const first = lines.find((l) => l.msg === "worker started" && l.worker === 1)!;
    process.kill(first.pid, "SIGKILL");
    await until(() => lines.some((l) => l.msg === "worker died: starting another" && l.worker === 1));
    expect((await ask(port)).status).toBe(200);
    await until(() => ready().includes(3));
    const after = await Promise.all(Array.from({ length: 6 }, () => ask(port)));
    expect(after.every((a) => a.status === 200)).toBe(true);

    const exited = new Promise<number | null>((resolve) => gateway!.once("exit", (code) => resolve(code)));
    gateway.kill("SIGTERM");
    expect(await exited).toBe(0);
    gateway = undefined;
    await expect(ask(port)).rejects.toThrow(/ECONNREFUSED/);
  });

  const run = (env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/gateway/main.js")], {
        env: { ...process.env, HUB_LOG_LEVEL: "info", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (output += c.toString("utf8")));
      const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.on("exit", (code) => {
        clearTimeout(killer);
        resolve({ code, output });
      });
    });

  it("stops with exit code 1, not a loop of restarts, when its workers cannot start, and refuses a worker count it cannot use", async () => {
    const broken = await run({
      HUB_GATEWAY_WORKERS: "2",
      GATEWAY_PORT: String(await freePort()),
      HUB_SUBGRAPH_TIMEOUT_MS: "soon",
    });
    expect(broken.code).toBe(1);
    expect(broken.output).toContain("HUB_SUBGRAPH_TIMEOUT_MS");
    expect(broken.output).toContain("a worker could not start: stopping");
    expect(broken.output.match(/worker started/g)).toHaveLength(2);

    const unusable = await run({ HUB_GATEWAY_WORKERS: "many" });
    expect(unusable.code).toBe(1);
    expect(unusable.output.trim()).toMatch(/^gateway could not start: HUB_GATEWAY_WORKERS/);

    // in production one per core; the count is checked before any worker starts, as is the session store
    const store = await run({ NODE_ENV: "production", HUB_SESSION_STORE: "redis" });
    expect(store.code).toBe(1);
    expect(store.output.trim()).toBe("gateway could not start: HUB_SESSION_STORE=redis needs HUB_SESSION_REDIS_URL (redis://host:6379)");
    expect(store.output).not.toContain("worker started");
    const unknownStore = await run({ HUB_SESSION_STORE: "disk" });
    expect(unknownStore.code).toBe(1);
    expect(unknownStore.output.trim()).toBe('gateway could not start: HUB_SESSION_STORE must be memory or redis, got "disk"');
    // (a production gateway without its keys and HTTPS addresses: every worker starts, then stops, saying why)
    const production = await run({ NODE_ENV: "production", GATEWAY_PORT: String(await freePort()) });
    expect(production.code).toBe(1);
    expect(production.output.match(/worker started/g) ?? []).toHaveLength(os.availableParallelism() > 1 ? os.availableParallelism() : 0);
  });
});
