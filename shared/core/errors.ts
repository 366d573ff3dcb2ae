import { GraphQLError } from "graphql";

/** Errors a client can act on; each carries the contract's `extensions.code`. */
export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" was not found.`, { extensions: { code: "NOT_FOUND" } });
}

export function versionConflict(what: string, id: string, expected: number, actual: number): GraphQLError {
  return new GraphQLError(
    `${what} "${id}" was changed by someone else: you sent version ${expected}, the current version is ${actual}. Reload it and apply your change again.`,
    { extensions: { code: "CONFLICT", currentVersion: actual } },
  );
}

export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid value for "${field}": ${message}`, {
    extensions: { code: "BAD_USER_INPUT", field, fields: [field] },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT", ...extensions } });
}

const UNIQUE_VIOLATIONS = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "ER_DUP_ENTRY"]);
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
  let current = error as { code?: string; driverError?: unknown } | undefined;
  for (let i = 0; current && i < 3; i++, current = current.driverError as typeof current) {
    if (current.code && UNIQUE_VIOLATIONS.has(current.code)) {
      return conflict("These values are already taken by another record (each key may be used once); nothing was changed.");
    }
    if (current.code && BAD_VALUES.has(current.code)) {
      return new GraphQLError("A value is too long or not valid text for its field; nothing was changed.", {
        extensions: { code: "BAD_USER_INPUT", fields: [] },
      });
    }
  }
  return null;
}
