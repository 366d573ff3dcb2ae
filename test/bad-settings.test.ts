import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";
import { freePort } from "./support/free-port";
import { temporaryDataDirectory } from "./support/temporary-folder";

const run = promisify(execFile);

/** Starts a service's process with one setting spoiled; it must refuse to start and say which setting. */
async function startWith(entry: string, setting: Record<string, string>): Promise<{ code: number; log: string }> {
  const data = temporaryDataDirectory("bad-settings");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUB_DATA_DIR: data.directory,
    HUB_LOG_LEVEL: "info",
    // free ports: the cases run side by side
    GATEWAY_PORT: String(await freePort()),
    PLANS_PORT: String(await freePort()),
    TRADE_PORT: String(await freePort()),
    ...setting,
  };
  delete env.PLANS_DATABASE_URL;
  try {
    await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist", entry)], { env, timeout: 30_000 });
    return { code: 0, log: "" };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, log: failed.stdout + failed.stderr };
  } finally {
    data.cleanup();
  }
}

// each case starts a process that must stop at once: they run side by side
describeWithoutDatabase("a service given a bad setting", () => {
  it.concurrent("the gateway refuses a subgraph timeout that is not a number of milliseconds, naming the variable", async () => {
    const started = await startWith("gateway/main.js", { HUB_SUBGRAPH_TIMEOUT_MS: "5s" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain('HUB_SUBGRAPH_TIMEOUT_MS must be a positive number, got \\"5s\\"');
  });

  it.concurrent(
    "the gateway refuses an OCR time limit that is not a number of milliseconds (it waits that long for a scan), naming the variable",
    async () => {
      const started = await startWith("gateway/main.js", { HUB_OCR_TIME_LIMIT_MS: "3min" });
      expect(started.code).toBe(1);
      expect(started.log).toContain("could not start");
      expect(started.log).toContain('HUB_OCR_TIME_LIMIT_MS must be a positive number, got \\"3min\\"');
    },
  );

  it.concurrent("the gateway refuses an idle timeout that is not a number of minutes, naming the variable", async () => {
    const started = await startWith("gateway/main.js", { HUB_IDLE_TIMEOUT_MINUTES: "15m" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain('HUB_IDLE_TIMEOUT_MINUTES must be zero or a positive number, got \\"15m\\"');
  });

  it.concurrent("the gateway refuses a rate limit that is not a whole number of points, naming the variable", async () => {
    const started = await startWith("gateway/main.js", { HUB_RATE_LIMIT_POINTS: "lots" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain('HUB_RATE_LIMIT_POINTS must be a positive number, got \\"lots\\"');
  });

  it.concurrent("the gateway refuses a shared rate limit store without its address, naming the variable", async () => {
    const started = await startWith("gateway/main.js", { HUB_RATE_LIMIT_STORE: "redis" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain("HUB_RATE_LIMIT_STORE=redis needs HUB_RATE_LIMIT_REDIS_URL");
  });

  it.concurrent("the gateway refuses an OIDC issuer without the web app's client id, naming the variable", async () => {
    const started = await startWith("gateway/main.js", { HUB_OIDC_ISSUER: "https://sso.gialai.gov.vn/realms/hub" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain("set HUB_OIDC_CLIENT_ID");
  });

  it.concurrent("the gateway refuses an OIDC issuer over plain http to another host", async () => {
    const started = await startWith("gateway/main.js", { HUB_OIDC_ISSUER: "http://sso.gialai.gov.vn", HUB_OIDC_CLIENT_ID: "hub-web" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("HUB_OIDC_ISSUER must use https");
  });

  it.concurrent("the gateway refuses a load balancer's address that is not one, naming the variable", async () => {
    const started = await startWith("gateway/main.js", { HUB_TRUSTED_PROXIES: "10.0.0.300" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain("HUB_TRUSTED_PROXIES must list addresses or CIDR ranges");
    expect(started.log).toContain("invalid IP address: 10.0.0.300");
  });

  it.concurrent("the plans department refuses a reminder lease that is not a number of seconds, naming the variable", async () => {
    const started = await startWith("subgraphs/plans/main.js", { HUB_REMINDER_LEASE_SECONDS: "1h" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain('HUB_REMINDER_LEASE_SECONDS must be a whole number from 1 to 172800, not \\"1h\\"');
  });

  it.concurrent("a subgraph refuses a negative shutdown grace period, naming the variable", async () => {
    const started = await startWith("subgraphs/plans/main.js", { HUB_SHUTDOWN_GRACE_MS: "-1" });
    expect(started.code).toBe(1);
    expect(started.log).toContain("could not start");
    expect(started.log).toContain('HUB_SHUTDOWN_GRACE_MS must be zero or a positive number, got \\"-1\\"');
  });

  it.concurrent.each(["gateway/main.js", "subgraphs/trade/main.js"])(
    "%s refuses an unknown log level with one line naming HUB_LOG_LEVEL, no stack trace",
    async (entry) => {
      const started = await startWith(entry, { HUB_LOG_LEVEL: "loud" });
      expect(started.code).toBe(1);
      expect(started.log).toContain('HUB_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
      expect(started.log).not.toMatch(/\bat \S+ \(|node_modules|\.js:\d/);
    },
  );
});

describe("audit:verify", () => {
  it("accepts a subgraph's folder name as well as its name", async () => {
    const data = temporaryDataDirectory("audit-verify");
    const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATA_DIR: data.directory };
    delete env.FOREIGN_AFFAIRS_DATABASE_URL;
    for (const name of ["foreign-affairs", "foreignAffairs"]) {
      const checked = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/audit-verify.js"), name], { env });
      expect(checked.stdout).toMatch(/^foreignAffairs \(embedded database\): intact/);
    }
    const unknown = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/audit-verify.js"), "customs"], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining("foreignAffairs (foreign-affairs)") });
    data.cleanup();
  });
});

describeWithoutDatabase("npm start with a service that cannot start", () => {
  it("stops the hub at once and says which service stopped, rather than waiting for it", async () => {
    const data = temporaryDataDirectory("bad-start");
    const ports = {
      GATEWAY_PORT: 4780,
      PLANS_PORT: 4781,
      TRADE_PORT: 4782,
      TOURISM_PORT: 4783,
      FOREIGN_AFFAIRS_PORT: 4784,
      BORDER_SECURITY_PORT: 4785,
    };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      HUB_DATA_DIR: data.directory,
      HUB_LOG_LEVEL: "info",
      NODE_ENV: "development",
      HUB_SUBGRAPH_TIMEOUT_MS: "five seconds",
    };
    for (const variable of Object.keys(env)) if (variable.endsWith("_DATABASE_URL")) delete env[variable];
    const startedAt = Date.now();
    const failed = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/start.js")], { env, timeout: 100_000 }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    data.cleanup();
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("gateway stopped before it answered (code 1)");
    expect(failed.stdout).toContain("HUB_SUBGRAPH_TIMEOUT_MS must be a positive number");
    // Well before the two minutes the hub gives a slow service to come up.
    expect(Date.now() - startedAt).toBeLessThan(60_000);
    // The subgraphs that did start were stopped with it.
    expect(
      await fetch(`http://127.0.0.1:${ports.PLANS_PORT}/health/live`).then(
        () => "up",
        () => "down",
      ),
    ).toBe("down");
  }, 120_000);
});
