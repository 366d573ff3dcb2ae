import type { FormInstance } from "antd";
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
  if (code === "CONFLICT") return { kind: "conflict", message, fields: {} };
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

/** Puts a failure's field messages beside the form's fields (and clears those of fields no longer named). */
export function showFieldErrors(form: FormInstance, failure: WriteFailure | null): void {
  const named = failure?.fields ?? {};
  const names = Object.keys(form.getFieldsValue(true) as Record<string, unknown>);
  form.setFields([...new Set([...names, ...Object.keys(named)])].map((name) => ({ name, errors: named[name] ? [named[name]] : [] })));
}
