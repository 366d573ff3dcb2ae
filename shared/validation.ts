import { validate, type ValidationError } from "class-validator";
import { GraphQLError } from "graphql";
import type { ValidatorFn } from "type-graphql";

function flatten(errors: ValidationError[], prefix = ""): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every input object with class-validator and answers `BAD_USER_INPUT`
 * naming each offending field, so a client can point at the exact box to fix.
 */
export const validateInput: ValidatorFn = async (argValue) => {
  if (argValue === null || typeof argValue !== "object") return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const problems = (
    await Promise.all(values.map((value) => (value && typeof value === "object" ? validate(value, { forbidUnknownValues: false }) : [])))
  ).flatMap((errors) => flatten(errors));
  if (problems.length === 0) return;
  const message = problems.map((p) => `"${p.field}": ${p.messages.join("; ")}`).join(". ");
  throw new GraphQLError(`Invalid input. ${message}.`, {
    extensions: { code: "BAD_USER_INPUT", fields: problems.map((p) => p.field), problems },
  });
};
