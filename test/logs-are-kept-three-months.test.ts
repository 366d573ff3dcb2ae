import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { createLogger } from "../shared/service/logging";

const run = promisify(execFile);
const CONFIG = path.join(REPOSITORY_ROOT, "deploy/logrotate/hub");

describe("logs are kept three months: the shipped logrotate file rotates the services' JSON lines daily and keeps 100 days", () => {
  it("keeps at least 92 daily files, and Debian's logrotate rotates a service's log by it without losing a line", async () => {
    const text = fs.readFileSync(CONFIG, "utf8");
    expect(text).toMatch(/^\s+daily$/m);
    expect(Number(/^\s+rotate (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(92);
    expect(Number(/^\s+maxage (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(92);

    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "hub-logs-"));
    try {
      const file = path.join(directory, "gateway.log");
      const stream = fs.createWriteStream(file, { flags: "a" });
      const logger = createLogger("gateway", { level: "info", destination: stream });
      logger.info({ requestId: "r1", user: "editor.sct.gialai", operation: "PlanDossier" }, "request");
      await new Promise<void>((resolve) => stream.end(resolve));
      // the same file, pointed at this folder
      const config = path.join(directory, "hub.conf");
      fs.writeFileSync(config, text.replace("/var/log/hub/*.log", path.join(directory, "*.log")));
      await run("logrotate", ["--state", path.join(directory, "state"), "--force", config]);
      const rotated = fs.readdirSync(directory).filter((name) => /^gateway\.log-\d{8}$/.test(name));
      expect(rotated).toHaveLength(1);
      const lines = fs
        .readFileSync(path.join(directory, rotated[0]), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines).toEqual([expect.objectContaining({ service: "gateway", msg: "request", user: "editor.sct.gialai", requestId: "r1" })]);
      // copied and emptied: the service goes on writing to the file it has open
      expect(fs.readFileSync(file, "utf8")).toBe("");
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
