import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import { DEPARTMENTS } from "../../subgraphs/departments";
import { freePort } from "./free-port";

export interface ServiceProcess {
  /** The service's GraphQL URL once it is live; none when it stopped first (a setting it refuses). */
  url?: string;
  port: number;
  /** What it printed so far (and goes on printing). */
  output(): string;
  child: ChildProcess;
}

/**
 * A built service (`dist/gateway/main.js`, `dist/subgraphs/<name>/main.js`)
 * in a process of its own on a free port, with `env` over this process's
 * environment. Resolves once it is live, or, without a URL, when it stops
 * first. The process joins `children`, for the caller to kill after its tests.
 */
async function serviceProcess(
  entry: string,
  portVariable: string,
  env: NodeJS.ProcessEnv,
  children: ChildProcess[],
): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, entry)], {
    env: { ...process.env, NODE_ENV: "development", [portVariable]: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString("utf8")));
  const started = { port, output: () => output, child };
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) return started;
    const live = await fetch(url.replace("/graphql", "/health/live")).then(
      (r) => r.ok,
      () => false,
    );
    if (live) return { ...started, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${entry} did not start: ${output}`);
}

/** The built gateway in a process of its own (see `serviceProcess`). */
export async function gatewayProcess(
  env: NodeJS.ProcessEnv,
  children: ChildProcess[],
): Promise<{ url?: string; output: string; child: ChildProcess }> {
  const started = await serviceProcess("dist/gateway/main.js", "GATEWAY_PORT", env, children);
  return { url: started.url, output: started.output(), child: started.child };
}

/** One department's built subgraph in a process of its own (see `serviceProcess`); it must start. */
export async function subgraphProcess(
  name: string,
  env: NodeJS.ProcessEnv,
  children: ChildProcess[],
): Promise<ServiceProcess & { url: string }> {
  const department = DEPARTMENTS.find((d) => d.name === name)!;
  const started = await serviceProcess(`dist/subgraphs/${name}/main.js`, `${department.env}_PORT`, env, children);
  if (!started.url) throw new Error(`the ${name} department did not start: ${started.output()}`);
  return started as ServiceProcess & { url: string };
}
