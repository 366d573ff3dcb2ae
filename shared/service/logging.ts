import cluster from "node:cluster";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import pino, { type Logger } from "pino";

/**
 * Structured JSON logs, one line per event, each naming the service and — for
 * a request — its request id, the same in the gateway and every subgraph it
 * called, and — when traces are on — the trace and span it belongs to
 * (`traceId`, `spanId`). Credentials never reach a log line: the fields that could carry them
 * are redacted, and request variables (names, phone numbers) are never logged.
 */
export interface LoggerOptions {
  /** Defaults to HUB_LOG_LEVEL, else `info` (`silent` under tests). */
  level?: string;
  /** Defaults to standard output. */
  destination?: pino.DestinationStream;
}

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** HUB_LOG_LEVEL, checked: a level pino does not know stops the service with a message naming the variable. */
export function logLevel(): string {
  const configured = process.env.HUB_LOG_LEVEL;
  if (configured === undefined || configured === "") return process.env.NODE_ENV === "test" ? "silent" : "info";
  if (!LEVELS.includes(configured)) throw new Error(`HUB_LOG_LEVEL must be one of ${LEVELS.join(", ")}, got "${configured}"`);
  return configured;
}

/** The active span's ids, so a log line leads to its trace; nothing when tracing is off. */
function traceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
}

export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    // a worker of a service of several processes says which (shared/service/workers.ts)
    base: { service, ...(cluster.isWorker ? { worker: cluster.worker?.id } : {}) },
    level: options.level || logLevel(),
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: traceFields,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: [
        "authorization",
        "headers.authorization",
        'headers["x-hub-identity"]',
        'headers["x-hub-identity-also"]',
        "token",
        "password",
        "url",
        "databaseUrl",
        "variables",
        "*.authorization",
        "*.password",
        "*.token",
      ],
      censor: "[redacted]",
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** Removes credentials from a URL before it is shown anywhere (mysql://user:secret@host → mysql://user:***@host). */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "[unparseable url]";
  }
}
