import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { TEST_ADMIN } from "./support/graphql-client";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { createMysqlDatabase, ON_MYSQL } from "./support/test-database";

const run = promisify(execFile);
const script = (name: string) => path.join(REPOSITORY_ROOT, "dist/scripts", `${name}.js`);
// Ports away from the contract's defaults so a hub already running on this machine is not disturbed.
const PORTS = {
  GATEWAY_PORT: 4600,
  PLANS_PORT: 4601,
  TRADE_PORT: 4602,
  TOURISM_PORT: 4603,
  FOREIGN_AFFAIRS_PORT: 4604,
  BORDER_SECURITY_PORT: 4605,
};

describe(ON_MYSQL ? "npm run migrate && npm run seed && npm start, on MySQL" : "npm start, on the embedded databases", () => {
  it("starts five subgraphs and the gateway as processes, serves the demo data, and stops them all on SIGTERM", async () => {
    expect(fs.existsSync(script("start"))).toBe(true); // `npm test` builds first
    const data = temporaryDataDirectory("start");
    const databases = ON_MYSQL ? await Promise.all(DEPARTMENTS.map((s) => createMysqlDatabase(`start_${s.name}`))) : [];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HUB_DATA_DIR: data.directory,
      HUB_LOG_LEVEL: "info",
      NODE_ENV: "development",
      ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
    };
    for (const [i, subgraph] of DEPARTMENTS.entries()) {
      delete env[`${subgraph.env}_DATABASE_URL`];
      if (ON_MYSQL) env[`${subgraph.env}_DATABASE_URL`] = (databases[i].location as { url: string }).url;
    }
    if (ON_MYSQL) {
      const migrated = await run(process.execPath, [script("migrate")], { env });
      expect(migrated.stdout).toContain("plans (PLANS_DATABASE_URL): applied PlansInitial");
      const seeded = await run(process.execPath, [script("seed")], { env });
      expect(seeded.stdout.match(/demo data loaded/g)).toHaveLength(5);
      const again = await run(process.execPath, [script("seed")], { env }).then(
        () => ({ code: 0, stderr: "" }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("Demo data not loaded; nothing was changed");
      expect(again.stderr).toContain("plans (PLANS_DATABASE_URL): it already holds data");
    }

    const hub = spawn(process.execPath, [script("start")], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    hub.stdout.on("data", (chunk) => (output += chunk));
    hub.stderr.on("data", (chunk) => (output += chunk));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`hub did not come up:\n${output}`)), 90_000);
        hub.stdout.on("data", () => {
          if (output.includes("The hub is up")) {
            clearTimeout(timer);
            resolve();
          }
        });
        hub.once("exit", (code) => reject(new Error(`hub exited with ${code}:\n${output}`)));
      });
      expect(output).toContain(`gateway          http://localhost:${PORTS.GATEWAY_PORT}/graphql`);
      expect(output).toContain(`plans            http://127.0.0.1:${PORTS.PLANS_PORT}/graphql`);
      // Each service's "ready" line says where it serves (its own address is no secret).
      expect(output).toContain(`"address":"http://127.0.0.1:${PORTS.TRADE_PORT}/graphql"`);
      const token = await signDevelopmentToken(TEST_ADMIN);
      const response = await fetch(`http://localhost:${PORTS.GATEWAY_PORT}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: /* GraphQL */ `
            query TasksWithTradeEvents {
              plans(provinceCode: "VN-30", year: 2019) {
                tasks {
                  leads {
                    code
                  }
                  tradeEvents {
                    name
                  }
                }
              }
            }
          `,
        }),
      });
      const result = ((await response.json()) as { data: any }).data;
      expect(result.plans[0].tasks).toHaveLength(10);

      // One request id, from the gateway through every department it called, on every line of that request.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const lines = output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line));
      const gatewayLine = lines.find((l) => l.service === "gateway" && l.operation === "TasksWithTradeEvents");
      expect(gatewayLine).toMatchObject({ msg: "request", outcome: "ok" });
      const services = lines.filter((l) => l.requestId === gatewayLine.requestId).map((l) => l.service);
      expect(new Set(services)).toEqual(new Set(["gateway", "plans", "trade"]));
      // No credential or personal datum in any log line.
      expect(output).not.toContain(token);
      expect(output).not.toMatch(/secret@|password|Bearer /);
      expect(output).not.toContain("example.gov.vn");
      const files = fs
        .readdirSync(data.directory)
        .filter((f) => f.endsWith(".sqlite"))
        .sort();
      expect(files).toEqual(
        ON_MYSQL ? [] : ["border-security.sqlite", "foreign-affairs.sqlite", "plans.sqlite", "tourism.sqlite", "trade.sqlite"],
      );

      const exited = new Promise<number | null>((resolve) => hub.once("exit", resolve));
      hub.kill("SIGTERM");
      expect(await exited).toBe(0);
      for (const port of Object.values(PORTS)) {
        await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
      }
    } finally {
      if (hub.exitCode === null) hub.kill("SIGKILL");
      await Promise.all(databases.map((d) => d.drop()));
      data.cleanup();
    }
  });

  (ON_MYSQL ? it.skip : it)(
    "stops every service when the npm start process itself gets SIGTERM, as a process manager sends it",
    async () => {
      const data = temporaryDataDirectory("npm-start");
      const ports = Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v + 100)]));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        HUB_DATA_DIR: data.directory,
        HUB_LOG_LEVEL: "warn",
        NODE_ENV: "development",
        ...ports,
      };
      for (const subgraph of DEPARTMENTS) delete env[`${subgraph.env}_DATABASE_URL`];
      const npm = spawn("npm", ["start", "--ignore-scripts"], { cwd: REPOSITORY_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      npm.stdout.on("data", (chunk) => (output += chunk));
      npm.stderr.on("data", (chunk) => (output += chunk));
      const answering = async () =>
        (
          await Promise.all(
            Object.values(ports).map((port) =>
              fetch(`http://127.0.0.1:${port}/health/live`).then(
                () => 1,
                () => 0,
              ),
            ),
          )
        ).reduce<number>((a, b) => a + b, 0);
      try {
        for (let i = 0; !output.includes("The hub is up"); i++) {
          if (i > 1200 || npm.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await answering()).toBe(6);
        npm.kill("SIGTERM");
        for (let i = 0; (await answering()) > 0; i++) {
          if (i > 150) throw new Error(`services still answer 15 s after SIGTERM to npm:\n${output}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        if (npm.exitCode === null) npm.kill("SIGKILL");
        data.cleanup();
      }
    },
    180_000,
  );
});
