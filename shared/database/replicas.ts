import { AsyncLocalStorage } from "node:async_hooks";
import { createConnection, type Connection } from "mysql2/promise";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { numberFromEnv } from "../core/config";
import { databaseTls } from "../core/transport";

/**
 * Read replicas of a department's MySQL database. A request's reads go to a
 * replica; its writes, and every read of the same request after its first
 * write, go to the primary (read your writes). A replica that lags more than
 * HUB_REPLICA_MAX_LAG_SECONDS (5), whose replication stopped, or that cannot
 * be reached is skipped — reads go to the primary until it is back. Work
 * outside a request (the reminder scheduler, scripts) reads the primary.
 */

/** One request's reads: whether it has written yet. */
const requestScope = new AsyncLocalStorage<{ wrote: boolean }>();

/** Runs `work` as one request's reads and writes (`subgraph-server.ts` wraps each GraphQL request). */
export function readsOfOneRequest<T>(work: () => T): T {
  return requestScope.run({ wrote: false }, work);
}

export interface ReplicaState {
  url: string;
  usable: boolean;
  /** Why it is skipped: lag, replication stopped, unreachable. */
  reason?: string;
  lagSeconds?: number | null;
}

export interface ReplicaRouting {
  states(): ReplicaState[];
  /** Checks every replica now (the routing also checks every HUB_REPLICA_CHECK_MS). */
  check(): Promise<void>;
  close(): Promise<void>;
}

type Runner = {
  mode: string;
  query: (...args: unknown[]) => Promise<unknown>;
  startTransaction: (...args: unknown[]) => Promise<void>;
  release: () => Promise<void>;
  isReleased: boolean;
  databaseConnection?: unknown;
  databaseConnectionPromise?: unknown;
};

type ReplicatedDriver = {
  createQueryRunner(mode?: string): Runner;
  obtainSlaveConnection(): Promise<unknown>;
  obtainMasterConnection(): Promise<unknown>;
};

const CONNECTION_LOST = new Set(["ECONNREFUSED", "ECONNRESET", "PROTOCOL_CONNECTION_LOST", "ETIMEDOUT", "EPIPE", "ER_CON_COUNT_ERROR"]);

/** A replica's replication status, whatever the server calls its columns (MariaDB, MySQL 8.4). */
async function lagOf(connection: Connection): Promise<{ running: boolean; lagSeconds: number | null }> {
  const [rows] = await connection.query("SHOW REPLICA STATUS").catch(() => connection.query("SHOW SLAVE STATUS"));
  const row = (rows as Record<string, unknown>[])[0];
  if (!row) return { running: false, lagSeconds: null };
  const pick = (...names: string[]) => names.map((n) => row[n]).find((v) => v !== undefined);
  const io = pick("Replica_IO_Running", "Slave_IO_Running");
  const sql = pick("Replica_SQL_Running", "Slave_SQL_Running");
  const lag = pick("Seconds_Behind_Source", "Seconds_Behind_Master");
  return { running: io === "Yes" && sql === "Yes", lagSeconds: lag === null || lag === undefined ? null : Number(lag) };
}

/** Routes the data source's reads as described above; `dataSource` was made with TypeORM's `replication` options. */
export function routeReadsToReplicas(dataSource: DataSource, replicaUrls: string[], logger?: Logger): ReplicaRouting {
  const maxLagSeconds = numberFromEnv("HUB_REPLICA_MAX_LAG_SECONDS", 5, { allowZero: true });
  const checkMs = numberFromEnv("HUB_REPLICA_CHECK_MS", 2000);
  const states: ReplicaState[] = replicaUrls.map((url) => ({ url, usable: false, reason: "not checked yet" }));
  const connections = new Map<string, Connection>();
  // Reads go to replicas only while every replica is usable: TypeORM picks among them, so one that is not would be picked too.
  let usable = false;

  const mark = (state: ReplicaState, ok: boolean, reason?: string, lagSeconds?: number | null) => {
    if (state.usable !== ok) {
      const where = new URL(state.url).host;
      if (ok) logger?.info({ replica: where }, "read replica usable again");
      else logger?.warn({ replica: where, reason }, "read replica skipped: reads go to the primary");
    }
    Object.assign(state, { usable: ok, reason: ok ? undefined : reason, lagSeconds });
    usable = states.every((s) => s.usable);
  };

  const check = async () => {
    await Promise.all(
      states.map(async (state) => {
        try {
          let connection = connections.get(state.url);
          if (!connection) {
            connection = await createConnection({ uri: state.url, connectTimeout: 2000, ssl: databaseTls(new URL(state.url).hostname) });
            connection.on("error", () => connections.delete(state.url));
            connections.set(state.url, connection);
          }
          const { running, lagSeconds } = await lagOf(connection);
          if (!running) mark(state, false, "replication is not running", lagSeconds);
          else if (lagSeconds === null || lagSeconds > maxLagSeconds) mark(state, false, `lags ${lagSeconds ?? "?"} s`, lagSeconds);
          else mark(state, true, undefined, lagSeconds);
        } catch (error) {
          const connection = connections.get(state.url);
          connections.delete(state.url);
          connection?.destroy();
          // unreachable, or the user may not read the status (it needs REPLICATION CLIENT on MySQL, SLAVE MONITOR on MariaDB)
          mark(state, false, `its replication status cannot be read: ${(error as Error).message}`);
        }
      }),
    );
  };
  const timer = setInterval(() => void check(), checkMs);
  timer.unref();

  const driver = dataSource.driver as unknown as ReplicatedDriver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode?: string) => {
    const scope = requestScope.getStore();
    const runner = create(mode === "slave" && (!usable || !scope || scope.wrote) ? "master" : mode);
    if (scope) {
      // every write is a transaction: from its start, this request reads the primary
      const start = runner.startTransaction.bind(runner);
      runner.startTransaction = (...args: unknown[]) => {
        scope.wrote = true;
        return start(...args);
      };
    }
    if (runner.mode === "slave") {
      // a replica lost between two checks: this read, and the next ones, go to the primary
      const query = runner.query.bind(runner);
      runner.query = async (...args: unknown[]) => {
        try {
          return await query(...args);
        } catch (error) {
          if (!CONNECTION_LOST.has((error as { code?: string }).code ?? "") && !/connect|closed|lost/i.test((error as Error).message))
            throw error;
          for (const state of states) mark(state, false, `lost: ${(error as Error).message}`);
          await runner.release().catch(() => undefined);
          runner.isReleased = false;
          runner.mode = "master";
          runner.databaseConnection = undefined;
          runner.databaseConnectionPromise = undefined;
          return query(...args);
        }
      };
    }
    return runner;
  };
  const obtainReplica = driver.obtainSlaveConnection.bind(driver);
  driver.obtainSlaveConnection = async () => {
    if (!usable) return driver.obtainMasterConnection();
    try {
      return await obtainReplica();
    } catch (error) {
      for (const state of states) mark(state, false, `unreachable: ${(error as Error).message}`);
      return driver.obtainMasterConnection();
    }
  };

  return {
    states: () => states.map((s) => ({ ...s })),
    check,
    close: async () => {
      clearInterval(timer);
      await Promise.all([...connections.values()].map((c) => c.end().catch(() => c.destroy())));
      connections.clear();
    },
  };
}
