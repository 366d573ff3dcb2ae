import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import { freePort } from "./free-port";

/**
 * The built gateway (`dist/gateway/main.js`) in a process of its own on a
 * free port, with `env` over this process's environment. Resolves with its
 * URL once it is live, or without one, with what it printed, when it stops
 * first (a setting it refuses). The process joins `children`, for the caller
 * to kill after its tests.
 */
export async function gatewayProcess(env: NodeJS.ProcessEnv, children: ChildProcess[]): Promise<{ url?: string; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/gateway/main.js")], {
    env: { ...process.env, NODE_ENV: "development", GATEWAY_PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString("utf8")));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) return { output };
    const live = await fetch(url.replace("/graphql", "/health/live")).then(
      (r) => r.ok,
      () => false,
    );
    if (live) return { url, output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the gateway did not start: ${output}`);
}
