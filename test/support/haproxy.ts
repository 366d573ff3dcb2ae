import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

/** Debian's `haproxy` (`apt-get install haproxy`), as `.ci/run` installs it. */
export const HAPROXY = "/usr/sbin/haproxy";

export interface RunningHaproxy {
  /** Each balanced group's address, `http://127.0.0.1:<port>`, by name. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/**
 * A real load balancer on 127.0.0.1: one front per group, spreading requests
 * round-robin over its servers (`host:port`), as in production: a server that
 * fails its `/health/ready` check (every 300 ms) is taken out at once, a
 * connection refused is tried again on another server, and `X-Forwarded-For`
 * carries the client's address.
 */
export async function startHaproxy(groups: Record<string, string[]>): Promise<RunningHaproxy> {
  if (!fs.existsSync(HAPROXY)) throw new Error(`${HAPROXY} is missing: apt-get install haproxy`);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "hub-haproxy-"));
  const ports: Record<string, number> = {};
  for (const name of Object.keys(groups)) ports[name] = await freePort();
  const config = [
    "defaults",
    "  mode http",
    "  timeout connect 1s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  retries 3",
    "  option redispatch 1",
    "  option forwardfor",
    ...Object.entries(groups).flatMap(([name, servers]) => [
      `frontend ${name}`,
      `  bind 127.0.0.1:${ports[name]}`,
      `  default_backend ${name}`,
      `backend ${name}`,
      "  balance roundrobin",
      "  option httpchk GET /health/ready",
      "  default-server inter 300ms fall 1 rise 2",
      ...servers.map((server, i) => `  server ${name}${i} ${server} check`),
    ]),
  ].join("\n");
  const file = path.join(directory, "haproxy.cfg");
  fs.writeFileSync(file, `${config}\n`);
  const check = spawn(HAPROXY, ["-c", "-q", "-f", file], { stdio: ["ignore", "pipe", "pipe"] });
  let checked = "";
  check.stderr!.on("data", (c: Buffer) => (checked += c.toString()));
  if ((await new Promise<number | null>((resolve) => check.once("exit", resolve))) !== 0)
    throw new Error(`haproxy refused its configuration:\n${checked}`);

  const server = spawn(HAPROXY, ["-db", "-f", file], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  for (const port of Object.values(ports))
    while (!(await listening(port))) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`haproxy did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  return {
    urls: Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}`])),
    stop: async () => {
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
