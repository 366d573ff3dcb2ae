import type { FormInstance } from "antd";
import { useMemo, useState } from "react";
import type { CombinedError } from "urql";
import i18n from "./i18n";
import { problemText, problemWording } from "./problems";

interface Problem {
  field: string;
  messages: string[];
  /** The rule each message is about (`isEmail`, `maxLength`…), and the number it names. */
  codes?: string[];
  params?: Record<string, unknown>[];
}

/** A field's problem in the reader's language: the rule's own text for that field, else for any field, else the API's words. */
function localised(problem: Problem, field: string): string {
  return problem.messages
    .map((message, i) => {
      const code = problem.codes?.[i];
      const params = problem.params?.[i] ?? {};
      const kind = typeof params.kind === "string" ? params.kind : field;
      for (const key of code ? [`validation.${code}.${kind}`, `validation.${code}`] : []) if (i18n.exists(key)) return i18n.t(key, params);
      return message;
    })
    .join("; ");
}

/**
 * A refused write, as a form shows it: BAD_USER_INPUT beside the fields it
 * names, CONFLICT as "changed meanwhile", anything else as one message.
 * What the official typed is never cleared by any of these.
 */
export interface WriteFailure {
  kind: "fields" | "conflict" | "refused";
  message: string;
  /** Field name → the API's message for it. */
  fields: Record<string, string>;
}

export function writeFailure(error: CombinedError): WriteFailure {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  const message = problemText(error);
  // a create sent again with other content under the same key is no edit conflict: nothing to merge
  if (code === "CONFLICT" && first?.extensions?.reason !== "IDEMPOTENCY_KEY_REUSED") return { kind: "conflict", message, fields: {} };
  if (code === "BAD_USER_INPUT") {
    const fields: Record<string, string> = {};
    // "input.endsOn" or "endsOn": the form's field is the last part.
    const key = (field: string) => field.split(".").pop()!;
    for (const e of error.graphQLErrors) {
      const problems = e.extensions?.problems as Problem[] | undefined;
      for (const problem of problems ?? []) fields[key(problem.field)] = localised(problem, key(problem.field));
      for (const field of (e.extensions?.fields as string[] | undefined) ?? []) fields[key(field)] ??= problemWording(e.extensions ?? {});
    }
    return { kind: Object.keys(fields).length ? "fields" : "refused", message, fields };
  }
  return { kind: "refused", message, fields: {} };
}

/** A new `Idempotency-Key`: random, and made where `crypto.randomUUID` is not (a page served over plain HTTP). */
function newWriteKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Errors after which a create may or may not have been made: sending it again must carry the same key. */
const OUTCOME_UNKNOWN = new Set(["DEPARTMENT_TIMEOUT", "DEPARTMENT_UNAVAILABLE", "DATABASE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]);

/**
 * The `Idempotency-Key` of one create (`shared/records/idempotency.ts`): the
 * same for every send of it until the hub answers for sure — so a send
 * repeated after a timeout returns the record the first made rather than a
 * second — and a new one after (made, or refused for its input).
 * `context` goes with the mutation (urql's operation context).
 */
export function useWriteKey(): { context: { idempotencyKey: string }; settle(error: CombinedError | undefined): void } {
  const [key, setKey] = useState(newWriteKey);
  return {
    context: useMemo(() => ({ idempotencyKey: key }), [key]),
    settle: (error) => {
      const unknown = error && (error.networkError || error.graphQLErrors.some((e) => OUTCOME_UNKNOWN.has(String(e.extensions?.code))));
      if (!unknown) setKey(newWriteKey());
    },
  };
}

/** Puts a failure's field messages beside the form's fields (and clears those of fields no longer named). */
export function showFieldErrors(form: FormInstance, failure: WriteFailure | null): void {
  const named = failure?.fields ?? {};
  const names = Object.keys(form.getFieldsValue(true) as Record<string, unknown>);
  form.setFields([...new Set([...names, ...Object.keys(named)])].map((name) => ({ name, errors: named[name] ? [named[name]] : [] })));
}
