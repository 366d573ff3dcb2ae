import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { gatewayPort, subgraphPort, subgraphUrl } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";

/**
 * `npm start`: the five department subgraphs and the gateway, each in its own
 * process. Waits until every one answers, prints the URLs, and stops them all
 * on Ctrl-C or SIGTERM.
 */
interface Service {
  name: string;
  script: string;
  port: number;
  url: string;
  process?: ChildProcess;
}

const dist = path.resolve(__dirname, "..");
const services: Service[] = [
  ...DEPARTMENTS.map((s) => ({
    name: s.name,
    script: path.join(dist, "subgraphs", s.folder, "main.js"),
    port: subgraphPort(s.name),
    url: subgraphUrl(s.name),
  })),
  { name: "gateway", script: path.join(dist, "gateway", "main.js"), port: gatewayPort(), url: `http://localhost:${gatewayPort()}/graphql` },
];

let stopping = false;

function launch(service: Service): void {
  const child = spawn(process.execPath, ["--enable-source-maps", service.script], {
    stdio: ["ignore", "inherit", "inherit"],
    env: process.env,
  });
  service.process = child;
  child.on("exit", (code, signal) => {
    if (stopping) return;
    // The others keep serving: the gateway answers without this department until it is started again.
    console.error(`${service.name} exited (${signal ?? `code ${code}`}); the rest of the hub keeps serving without it.`);
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/live`);
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilUp(service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(service.port))) {
    if (stopping) return;
    const { exitCode, signalCode } = service.process ?? {};
    if (exitCode != null || signalCode != null)
      throw new Error(`${service.name} stopped before it answered (${signalCode ?? `code ${exitCode}`}): see its log above.`);
    if (Date.now() > deadline) throw new Error(`${service.name} did not answer on port ${service.port} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const running = services.filter((s) => s.process && s.process.exitCode === null && s.process.signalCode === null);
  await Promise.all(
    running.map(
      (s) =>
        new Promise<void>((resolve) => {
          const force = setTimeout(() => s.process?.kill("SIGKILL"), 10_000);
          s.process?.once("exit", () => {
            clearTimeout(force);
            resolve();
          });
          s.process?.kill("SIGTERM");
        }),
    ),
  );
  process.exit(exitCode);
}

/**
 * `npm start` runs this launcher through a shell that does not pass on
 * SIGTERM: a process manager that signals npm would leave the services
 * running. So the launcher stops everything as soon as its parent is gone.
 */
function stopWhenOrphaned(): void {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) void stopAll(0);
  }, 250);
  watch.unref();
}

async function main(): Promise<void> {
  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));
  stopWhenOrphaned();
  for (const service of services) launch(service);
  try {
    await Promise.all(services.map((s) => waitUntilUp(s, 120_000)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
    return;
  }
  const lines = services.map((s) => `  ${s.name.padEnd(16)} ${s.url}`);
  console.log(
    `\nThe hub is up.\n${lines.join("\n")}\n\nOpen http://localhost:${gatewayPort()}/graphql in a browser for GraphiQL. Ctrl-C stops everything.\n`,
  );
}

void main();
