import { GraphQLError } from "graphql";

/**
 * The hub's one error vocabulary: every error a client can act on, each with
 * the contract's `extensions.code` and one extension shape. A refusal that
 * names input fields always carries them as `fields` (an array). `http`
 * sets the status the gateway answers with when it refuses a request itself;
 * inside a subgraph errors carry none, so the gateway passes them on as the
 * caller's.
 */
type Extensions = Record<string, unknown>;

function coded(message: string, code: string, extensions: Extensions = {}, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}

/** The caller must sign in. */
export function unauthenticated(message = "Sign in: a valid bearer token is required.", options: { httpStatus?: 401 } = {}): GraphQLError {
  return coded(message, "UNAUTHENTICATED", {}, options.httpStatus);
}

/** Signed in, but not allowed. */
export function forbidden(message: string, options: { httpStatus?: 403 } = {}): GraphQLError {
  return coded(message, "FORBIDDEN", {}, options.httpStatus);
}

/** No such record — or one the caller may not read: the same answer. */
/** An API client calling a REST door route its scopes do not name. */
export function scopeMissing(what: string, scope: string): GraphQLError {
  return coded(`This API client may not read ${what}: it needs the ${scope} scope, which an admin grants.`, "FORBIDDEN", {
    reason: "SCOPE_MISSING",
    scope,
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return coded(`${what} "${id}" was not found.`, "NOT_FOUND");
}

/** Input to fix: `fields` names each field, for a form to point at. */
export function badUserInput(
  message: string,
  fields: string[] = [],
  details: Extensions = {},
  options: { httpStatus?: 400 } = {},
): GraphQLError {
  return coded(message, "BAD_USER_INPUT", { fields, ...details }, options.httpStatus);
}

/** One field's value is refused. */
export function invalidField(field: string, message: string): GraphQLError {
  return badUserInput(`Invalid value for "${field}": ${message}`, [field]);
}

export function conflict(message: string, extensions: Extensions = {}): GraphQLError {
  return coded(message, "CONFLICT", extensions);
}

/** Someone changed the record since the caller read it. */
export function versionConflict(what: string, id: string, expected: number, actual: number): GraphQLError {
  return conflict(
    `${what} "${id}" was changed by someone else: you sent version ${expected}, the current version is ${actual}. Reload it and apply your change again.`,
    { currentVersion: actual },
  );
}

/** A department did not answer: its fields are missing, the rest of the answer stands. */
export function departmentUnavailable(department: string, options: { httpStatus?: 503; message?: string } = {}): GraphQLError {
  return coded(
    options.message ?? `The ${department} department cannot be reached; its fields are missing from this answer.`,
    "DEPARTMENT_UNAVAILABLE",
    { department },
    options.httpStatus,
  );
}

export function departmentTimeout(department: string, timeoutMs: number): GraphQLError {
  return coded(
    `The ${department} department did not answer within ${timeoutMs} ms; its fields are missing from this answer.`,
    "DEPARTMENT_TIMEOUT",
    {
      department,
    },
  );
}

/**
 * A service has as much work of this kind as it takes at once: try again
 * after `retryAfter` seconds (also sent as the HTTP `Retry-After` header).
 */
export function busy(what: string, retryAfterSeconds: number): GraphQLError {
  return coded(`The hub is busy with ${what} for other officials; nothing was done. Try again in ${retryAfterSeconds} seconds.`, "BUSY", {
    retryAfter: retryAfterSeconds,
  });
}

/**
 * A department has as many requests in flight as it may (the gateway's bound
 * per department, or the department's database queue): refused at once, to
 * try again after `retryAfter` seconds, rather than left to pile up until
 * every request times out.
 */
export function departmentBusy(
  department: string,
  retryAfterSeconds: number,
  reason: "IN_FLIGHT_LIMIT" | "DATABASE_QUEUE_FULL",
): GraphQLError {
  return coded(
    `The ${department} department is answering as many requests as it can; its fields are missing from this answer. Try again in ${retryAfterSeconds} seconds.`,
    "DEPARTMENT_BUSY",
    { department, reason, retryAfter: retryAfterSeconds },
  );
}

/**
 * A state secret in a deployment that may hold none (HUB_SECRET_ZONE=network):
 * the law it would break, and what to do instead.
 */
export function stateSecretNotPermitted(law: { law: string; article: string }, field = "classification"): GraphQLError {
  return coded(
    `This hub is a shared network and keeps no state secret (${law.law}, ${law.article}: no state secret on a computer connected to a network other than an independent LAN). Keep the secret document in your agency's register, on its independent LAN; here, record what may be shared as INTERNAL, citing the document by its registration number and holding agency (secretRegistrationNumber, secretHolder). Nothing was written.`,
    "STATE_SECRET_NOT_PERMITTED",
    { fields: [field], ...law },
  );
}

/** A query over the gateway's cost limit, refused before any department is asked. */
export function queryTooCostly(cost: number, maxCost: number): GraphQLError {
  return coded(
    `The query would cost ${cost}, more than the limit of ${maxCost}: ask for fewer or smaller lists (lower \`limit\`).`,
    "GRAPHQL_VALIDATION_FAILED",
    { cost, maxCost },
    400,
  );
}

const UNIQUE_VIOLATIONS = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "ER_DUP_ENTRY"]);

/** A key already taken, as SQLite or MySQL says it (TypeORM wraps the driver's error). */
export function isUniqueViolation(error: unknown): boolean {
  let current = error as { code?: string; driverError?: unknown } | undefined;
  for (let i = 0; current && i < 3; i++, current = current.driverError as typeof current)
    if (current.code && UNIQUE_VIOLATIONS.has(current.code)) return true;
  return false;
}
const BAD_VALUES = new Set([
  "ER_DATA_TOO_LONG",
  "ER_TRUNCATED_WRONG_VALUE_FOR_FIELD",
  "ER_TRUNCATED_WRONG_VALUE",
  "ER_WARN_DATA_OUT_OF_RANGE",
  "SQLITE_TOOBIG",
]);

/**
 * What a database refusal means to the writer, in words that say nothing of
 * other records: a unique key already taken is a CONFLICT whether or not the
 * writer may read the record holding it; a value the column cannot hold is
 * bad input. Null for anything else (a fault, answered as such).
 */
export function fromDatabaseError(error: unknown): GraphQLError | null {
  if (isUniqueViolation(error))
    return conflict("These values are already taken by another record (each key may be used once); nothing was changed.");
  let current = error as { code?: string; driverError?: unknown } | undefined;
  for (let i = 0; current && i < 3; i++, current = current.driverError as typeof current) {
    if (current.code && BAD_VALUES.has(current.code)) {
      return badUserInput("A value is too long or not valid text for its field; nothing was changed.");
    }
  }
  return null;
}
