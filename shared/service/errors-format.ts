import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { departmentBusy } from "../core/errors";

/** Codes whose message was written for the client and may be shown as is. */
const CLIENT_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "DEPARTMENT_UNAVAILABLE",
  "DEPARTMENT_TIMEOUT",
  "DATABASE_UNAVAILABLE",
  "DEPARTMENT_BUSY",
  "BUSY",
  "RATE_LIMITED",
  "STATE_SECRET_NOT_PERMITTED",
]);

const CONNECTION_FAILURES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|PROTOCOL_CONNECTION_LOST|ER_CON_COUNT_ERROR|POOL_CLOSED|Connection lost|closed state|connect ETIMEDOUT/i;

function rootCause(error: unknown): { code?: string; message?: string } {
  let current = error as { originalError?: unknown; code?: string; message?: string } | undefined;
  while (current?.originalError) current = current.originalError as typeof current;
  return { code: current?.code, message: current?.message };
}

/**
 * graphql-js's own refusals of argument values during execution (a null sent
 * through a nullable variable to a non-null argument): the caller's mistake,
 * though graphql-js gives them no code.
 */
const ARGUMENT_COERCION =
  /^(Argument "\w+" of (non-null )?type "[^"]+" (must not be null|has invalid value)|Variable "\$\w+" (got invalid value|of (non-null|required) type))/;

/**
 * Errors the client caused keep their message; a database that cannot be
 * reached says so plainly; anything else (a bug) becomes a generic message.
 * No SQL, path, host or stack ever leaves the service; the original is logged.
 */
export function clientErrorFormatter(logger: Logger, departmentName = "this") {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (code === "INTERNAL_SERVER_ERROR" && ARGUMENT_COERCION.test(formatted.message)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
    }
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = rootCause(original);
    const where = { path: formatted.path, locations: formatted.locations };
    if (/Queue limit reached/i.test(cause.message ?? "")) {
      // the database pool's queue is full (HUB_DATABASE_QUEUE_LIMIT): come back shortly, like the gateway's own bound
      return { ...departmentBusy(departmentName, 1, "DATABASE_QUEUE_FULL").toJSON(), ...where };
    }
    if (CONNECTION_FAILURES.test(`${cause.code ?? ""} ${cause.message ?? ""}`)) {
      logger.error({ cause: cause.code ?? cause.message }, "database unavailable");
      return {
        message: "The department's database cannot be reached; try again shortly.",
        ...where,
        extensions: { code: "DATABASE_UNAVAILABLE" },
      };
    }
    logger.error({ error: cause.message, code: cause.code }, "request failed");
    return { message: "Internal server error.", ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
