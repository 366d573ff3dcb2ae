import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";
import { freePort } from "./support/free-port";

/**
 * A short `npm run soak`: the hub as processes under the mixed load, with a
 * department restarted, reporting each interval's figures and the memory
 * verdict. The 30-minute run's figures are in docs/operations.md.
 */
describeWithoutDatabase("the soak run", () => {
  it("runs the mixed load with a restart, reports every service's memory and event-loop delay and the load's latency, then judges memory", async () => {
    const base = await freePort();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        path.join(REPOSITORY_ROOT, "dist/scripts/soak.js"),
        "--minutes",
        "0.5",
        "--interval-seconds",
        "6",
        "--restart-every-minutes",
        "0.2",
        "--clients",
        "2",
        "--base-port",
        String(base),
      ],
      { timeout: 120_000 },
    );
    const reports = stdout.split("\n").filter((line) => /^\[\d+ s\] requests \d+/.test(line));
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const line of reports) {
      expect(line).toMatch(/requests [1-9]\d*, errors \d+ \(\+\d+ while tourism restarted\), p50 [\d.]+ ms, p99 [\d.]+ ms/);
      for (const service of ["plans", "trade", "foreignAffairs", "borderSecurity", "gateway"])
        expect(line).toMatch(new RegExp(`\\| ${service} \\d+ MB, loop p99 [\\d.]+ ms`));
    }
    expect(stdout).toMatch(/tourism restarted at minute 0\.\d/);
    // errors outside the restarts: none
    expect(stdout).toMatch(/^Requests: [1-9]\d*, errors outside restarts: 0\.$/m);
    expect(stdout).toMatch(
      /^Memory gateway: \d+ MB after the warm-up, \d+ MB at the end \(-?[\d.]+%\): (flat \(within 10%\)|GREW more than 10%)\.$/m,
    );
    expect(stdout).toMatch(/^Memory tourism: restarted during the run, not judged\.$/m);
    expect(stdout).toMatch(/^Soak: memory (stayed flat in every service|GREW in at least one service)\.$/m);
  }, 150_000);
});
