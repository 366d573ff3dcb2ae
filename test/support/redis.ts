import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

/** Debian's `redis-server` (`apt-get install redis-server`), as `.ci/run` installs it. */
export const REDIS_SERVER = "/usr/bin/redis-server";

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

/** A throwaway Redis on 127.0.0.1: a free port, a temporary directory, nothing written to disk. */
export async function startRedis(): Promise<RunningRedis> {
  if (!fs.existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server`);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "hub-redis-"));
  const port = await freePort();
  const server = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", directory, "--save", "", "--appendonly", "no", "--daemonize", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server stopped (code ${code}):\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
