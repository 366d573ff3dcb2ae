import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createConnection, type Connection } from "mysql2/promise";
import { freePort } from "./free-port";

const run = promisify(execFile);

/** One MariaDB server of Debian's package on 127.0.0.1, with a temporary data directory. */
export interface MariadbServer {
  port: number;
  /** As the administrator the test made. */
  adminUrl: string;
  connect(): Promise<Connection>;
  /** Stops it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same data and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function startServer(name: string, args: string[]): Promise<MariadbServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hub-${name}-`));
  const me = os.userInfo().username;
  await run("mariadb-install-db", [`--user=${me}`, `--datadir=${dir}/data`, "--auth-root-authentication-method=socket"]);
  const port = await freePort();
  const socket = `${dir}/mysqld.sock`;
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn(
      "mariadbd",
      [
        `--user=${me}`,
        `--datadir=${dir}/data`,
        `--socket=${socket}`,
        `--pid-file=${dir}/mysqld.pid`,
        `--port=${port}`,
        "--bind-address=127.0.0.1",
        "--skip-name-resolve",
        "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_unicode_ci",
        "--innodb-buffer-pool-size=64M",
        ...args,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let log = "";
    child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    for (let i = 0; i < 120; i++) {
      const alive = await run("mariadb-admin", [`--socket=${socket}`, "ping"]).then(
        () => true,
        () => false,
      );
      if (alive) return;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`mariadbd (${name}) did not start:\n${log}`);
  };
  await launch();
  await run("mariadb", [
    `--socket=${socket}`,
    "-uroot",
    "-e",
    "CREATE USER 'hub_admin'@'127.0.0.1' IDENTIFIED BY 'admin'; GRANT ALL ON *.* TO 'hub_admin'@'127.0.0.1' WITH GRANT OPTION;",
  ]);
  const stopChild = async (signal: NodeJS.Signals) => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill(signal);
    await exited;
  };
  return {
    port,
    adminUrl: `mysql://hub_admin:admin@127.0.0.1:${port}`,
    connect: () => createConnection({ host: "127.0.0.1", port, user: "hub_admin", password: "admin" }),
    kill: () => stopChild("SIGKILL"),
    restart: launch,
    stop: async () => {
      await stopChild("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Replication {
  primary: MariadbServer;
  replica: MariadbServer;
  /** Waits until the replica has applied everything the primary wrote so far. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A MariaDB primary (binary log on) and a replica following it with real
 * binary-log replication (GTID), both started by the test. The replica's
 * own administrator writes to it only where a test means to.
 */
export async function startReplication(): Promise<Replication> {
  // the administrator user is made on each server before replication starts, so the primary's binary log holds only what follows
  const primary = await startServer("primary", ["--server-id=1", "--log-bin=binlog", "--binlog-format=ROW"]);
  const replica = await startServer("replica", ["--server-id=2", "--skip-log-bin"]);
  const onPrimary = await primary.connect();
  const onReplica = await replica.connect();
  try {
    await onPrimary.query("CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl'");
    await onPrimary.query("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'");
    const [[{ position }]] = (await onPrimary.query("SELECT @@gtid_binlog_pos AS position")) as unknown as [[{ position: string }]];
    await onReplica.query("SET GLOBAL gtid_slave_pos = ?", [position]);
    await onReplica.query(
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1`,
    );
    await onReplica.query("START SLAVE");
  } finally {
    await onPrimary.end();
    await onReplica.end();
  }
  const caughtUp = async () => {
    const [p, r] = [await primary.connect(), await replica.connect()];
    try {
      const [[{ position }]] = (await p.query("SELECT @@gtid_binlog_pos AS position")) as unknown as [[{ position: string }]];
      const [[{ done }]] = (await r.query("SELECT MASTER_GTID_WAIT(?, 20) AS done", [position])) as unknown as [[{ done: number }]];
      if (Number(done) !== 0) throw new Error(`the replica did not reach ${position} within 20 s`);
    } finally {
      await p.end();
      await r.end();
    }
  };
  await caughtUp();
  return { primary, replica, caughtUp, stop: async () => Promise.all([replica.stop(), primary.stop()]).then(() => undefined) };
}
