import {
  buildMessage,
  registerDecorator,
  validate,
  ValidateBy,
  type ValidationArguments,
  type ValidationError,
  type ValidationOptions,
} from "class-validator";
import type { ValidatorFn } from "type-graphql";
import { COUNTRY_CODE, countryNames } from "../core/countries";
import { badUserInput } from "../core/errors";

/**
 * Each offending field with its messages and, beside each, the rule it broke
 * (`isEmail`, `maxLength`…) and the number the rule names, if any: clients
 * render the message in their reader's language from these.
 */
function flatten(
  errors: ValidationError[],
  prefix = "",
): { field: string; messages: string[]; codes: string[]; params: Record<string, unknown>[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const rules = Object.entries(error.constraints ?? {});
    const own = rules.length
      ? [
          {
            field,
            messages: rules.map(([, message]) => message),
            codes: rules.map(([code]) => code),
            // the number a rule names ("at most 300"), and the kind of value a pattern stands for (its `context`)
            params: rules.map(([code, message]) => {
              const n = /\d+/.exec(message);
              return { ...(n ? { n: Number(n[0]) } : {}), ...((error.contexts?.[code] as Record<string, unknown> | undefined) ?? {}) };
            }),
          },
        ]
      : [];
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
  throw badUserInput(
    `Invalid input. ${message}.`,
    problems.map((p) => p.field),
    { problems },
  );
};

/** `simple-array` columns are stored comma-joined, so an item holding a comma would come back split in two. */
export const LIST_ITEM = /^[^,]+$/;

/** ISO 639-1/639-3 code with optional subtags: vi, km, en, jra (Jrai), bdq (Bahnar), zh-Hans. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Refuses a date before another date field of the same input (`endsOn` before
 * `startsOn`). Checked when both are sent; ISO dates compare as strings.
 */
export function IsNotBefore(otherField: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: "isNotBefore",
      target: target.constructor,
      propertyName,
      constraints: [otherField],
      options: { message: `must not be before ${otherField}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          return value == null || other == null || String(value) >= String(other);
        },
      },
    });
}

/** A value that means something only with another field's (a secret document's number and its holder): refused alone. */
export function SentWith(otherField: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: "sentWith",
      target: target.constructor,
      propertyName,
      constraints: [otherField],
      options: { message: `must be sent with ${otherField}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          return value == null || value === "" || (other != null && other !== "");
        },
      },
    });
}

/** The code names a country ISO 3166-1 knows; malformed codes are left to the format check, so each problem is told once. */
export function IsKnownCountry(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: "isKnownCountry",
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !COUNTRY_CODE.test(value) || countryNames(value) !== null,
        defaultMessage: buildMessage((each) => `${each}$property must be an existing ISO 3166-1 country`, options),
      },
    },
    options,
  );
}
