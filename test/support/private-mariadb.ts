import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { MYSQL_COLLATION } from "../../shared/database/database";

const run = promisify(execFile);

/**
 * A MariaDB server of one test's own (Debian's `mariadbd`), on its own port
 * and data directory, that the test may kill and start again: the shared test
 * server must stay up for every other suite.
 */
export class PrivateMariaDb {
  private readonly directory = fs.mkdtempSync(path.join(os.tmpdir(), "hub-private-mariadb-"));
  private readonly socket = path.join(this.directory, "mysqld.sock");
  private server: ChildProcess | null = null;

  constructor(readonly port: number) {}

  /** Makes the data directory and starts the server. */
  async install(): Promise<void> {
    const me = os.userInfo().username;
    await run("mariadb-install-db", [`--user=${me}`, `--datadir=${this.directory}/data`, "--auth-root-authentication-method=socket"]);
    await this.start();
  }

  async start(): Promise<void> {
    const me = os.userInfo().username;
    this.server = spawn(
      "mariadbd",
      [
        `--user=${me}`,
        `--datadir=${this.directory}/data`,
        `--socket=${this.socket}`,
        `--pid-file=${this.directory}/mysqld.pid`,
        `--port=${this.port}`,
        "--bind-address=127.0.0.1",
        "--skip-name-resolve",
        "--skip-log-bin",
        "--character-set-server=utf8mb4",
        `--collation-server=${MYSQL_COLLATION}`,
        "--innodb-buffer-pool-size=64M",
      ],
      { stdio: "ignore" },
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await run("mariadb-admin", [`--socket=${this.socket}`, "ping"]);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** Stops the server: SIGKILL is a crash (InnoDB recovers what was committed), SIGTERM a clean shutdown. */
  async stop(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode) return;
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    server.kill(signal);
    await exited;
    this.server = null;
  }

  /** A database and its owner; returns the URL a department connects with. */
  async createDatabase(name: string, user: string, password: string): Promise<string> {
    // as the operating system's root, over the socket (the server's root signs in by it); names and password are the test's own
    await run("mariadb", [
      `--socket=${this.socket}`,
      "-uroot",
      "-e",
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE ${MYSQL_COLLATION};
       CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
       GRANT ALL PRIVILEGES ON \`${name}\`.* TO '${user}'@'127.0.0.1';`,
    ]);
    return `mysql://${user}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${name}`;
  }

  async destroy(): Promise<void> {
    await this.stop("SIGKILL");
    fs.rmSync(this.directory, { recursive: true, force: true });
  }
}
