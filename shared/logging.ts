import pino, { type Logger } from "pino";

/**
 * Structured JSON logs, one line per event, each naming the service and — for
 * a request — its request id, the same in the gateway and every subgraph it
 * called. Credentials never reach a log line: the fields that could carry them
 * are redacted, and request variables (names, phone numbers) are never logged.
 */
export interface LoggerOptions {
  /** Defaults to HUB_LOG_LEVEL, else `info` (`silent` under tests). */
  level?: string;
  /** Defaults to standard output. */
  destination?: pino.DestinationStream;
}

export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    base: { service },
    level: options.level || process.env.HUB_LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info"),
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: [
        "authorization",
        "headers.authorization",
        'headers["x-hub-identity"]',
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
