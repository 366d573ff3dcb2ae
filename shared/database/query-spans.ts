import { SpanKind, SpanStatusCode, trace, type Attributes } from "@opentelemetry/api";
import {
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
} from "@opentelemetry/semantic-conventions";
import type { DataSource } from "typeorm";

/**
 * A span for each SQL statement a request runs, named by its kind and table
 * (`SELECT plans_task`), carrying its shape and never its values: parameters
 * are not read at all, and any literal written into the text is replaced by
 * `?`. Statements outside a traced request (start-up, background work) make
 * no span.
 */

/** Statement text as recorded: quoted strings and numbers become `?`, identifiers stay. */
export function statementShape(sql: string): string {
  return sql
    .replace(/'(?:[^'\\]|\\.|'')*'/g, "?")
    .replace(/\b(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)\b/gi, "?")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 4000);
}

const IDENTIFIER = String.raw`[\`"\[]?([A-Za-z_][\w$]*)[\`"\]]?`;
const TABLE = [
  new RegExp(String.raw`^\s*(?:SELECT|DELETE)\b[\s\S]*?\bFROM\s+${IDENTIFIER}`, "i"),
  new RegExp(String.raw`^\s*(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+${IDENTIFIER}`, "i"),
  new RegExp(String.raw`^\s*UPDATE\s+${IDENTIFIER}`, "i"),
];

/** The statement's kind (`SELECT`, `INSERT`, …) and, when it names one, its first table. */
export function statementSummary(sql: string): { operation: string; table?: string } {
  const operation = (/^\s*([A-Za-z]+)/.exec(sql)?.[1] ?? "SQL").toUpperCase();
  for (const pattern of TABLE) {
    const table = pattern.exec(sql)?.[1];
    if (table) return { operation, table };
  }
  return { operation };
}

type QueryRunnerLike = { query: (...args: unknown[]) => Promise<unknown>; traced?: boolean };

/** Wraps every query runner of `dataSource` so its statements become spans carrying `attributes` (the service). */
export function traceQueries(dataSource: DataSource, attributes: Attributes = {}): void {
  const system = dataSource.options.type === "better-sqlite3" ? "sqlite" : dataSource.options.type;
  const traced = (runner: QueryRunnerLike): QueryRunnerLike => {
    if (runner.traced) return runner;
    const query = runner.query.bind(runner);
    runner.query = (...args: unknown[]) => {
      const sql = args[0];
      if (typeof sql !== "string" || !trace.getActiveSpan()) return query(...args);
      const { operation, table } = statementSummary(sql);
      // Asked for each time: the provider may be registered after the database opened.
      return trace.getTracer("hub.database").startActiveSpan(
        table ? `${operation} ${table}` : operation,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            ...attributes,
            [ATTR_DB_SYSTEM_NAME]: system,
            [ATTR_DB_OPERATION_NAME]: operation,
            ...(table ? { [ATTR_DB_COLLECTION_NAME]: table } : {}),
            [ATTR_DB_QUERY_TEXT]: statementShape(sql),
          },
        },
        async (span) => {
          try {
            return await query(...args);
          } catch (error) {
            // Only the driver's code: a database's message may quote the values ("Duplicate entry '…'").
            const code = (error as { code?: unknown }).code;
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.setAttribute(ATTR_ERROR_TYPE, typeof code === "string" ? code : "QueryFailed");
            throw error;
          } finally {
            span.end();
          }
        },
      );
    };
    runner.traced = true;
    return runner;
  };
  const driver = dataSource.driver as unknown as { createQueryRunner(mode?: string): QueryRunnerLike; queryRunner?: QueryRunnerLike };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode?: string) => traced(create(mode));
  // The embedded driver keeps the one runner it made before this wrapper.
  if (driver.queryRunner) traced(driver.queryRunner);
}
