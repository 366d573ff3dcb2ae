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
    extensions: { code: "BAD_USER_INPUT", field },
  });
}
