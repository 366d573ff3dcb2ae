import { Alert, Button, type FormInstance } from "antd";
import dayjs from "dayjs";
import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";
import { draftKeyPrefix, useSession } from "./session";

/**
 * Drafts: what an official has typed into a form and not yet saved, kept in
 * this tab's session storage (gone with the tab) under their own id, the
 * page's address and the form's name. A form saves its draft on every
 * change, lays it back over what it loads when it opens again, and drops it
 * when saved or cancelled. Only the form's own values are kept — dates as
 * dates, never a chosen file (the browser cannot keep one) and never a field
 * named like a password or token.
 */
interface Kept {
  values: unknown;
  /** What the form needs besides its values to go on where it was (the version an edit started from). */
  context?: unknown;
  /** A file had been chosen, and must be chosen again. */
  hadFile: boolean;
}

const CREDENTIAL = /password|token/i;

function encode(value: unknown, dropped: { file: boolean }): unknown {
  if (dayjs.isDayjs(value)) return { $date: value.format() };
  if (value instanceof Blob || (value !== null && typeof value === "object" && "originFileObj" in value)) {
    dropped.file = true;
    return undefined;
  }
  if (Array.isArray(value)) return value.map((item) => encode(item, dropped)).filter((item) => item !== undefined);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !CREDENTIAL.test(name))
        .map(([name, item]) => [name, encode(item, dropped)])
        .filter(([, item]) => item !== undefined),
    );
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === "object") {
    const date = (value as { $date?: unknown }).$date;
    if (typeof date === "string") return dayjs(date);
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, decode(item)]));
  }
  return value;
}

/** The draft of the form `name` on this page, for the official signed in (or locked out: their drafts wait for them). */
function useDraftKey(name: string): string | null {
  const session = useSession();
  const { pathname } = useLocation();
  return session ? `${draftKeyPrefix(session.official.id)}${pathname}:${name}` : null;
}

/** Whether a draft of the form `name` waits on this page (a dialog left open reopens with it). */
export function useDraftKept(name: string): boolean {
  const key = useDraftKey(name);
  return key !== null && sessionStorage.getItem(key) !== null;
}

export interface Draft {
  /** Keeps what the form holds now (with the context given to `useDraft` at the last render). */
  save(values: unknown): void;
  /** The kept draft, if any, which the notice then announces. */
  take(): { values: unknown; context: unknown } | null;
  /** Drops the draft: saved, cancelled or discarded. */
  clear(): void;
  /** Hides the notice, the draft kept: the official has gone on from it. */
  dismiss(): void;
  /** Set once a draft was taken: shown by `DraftNotice`. */
  restored: { hadFile: boolean } | null;
}

export function useDraft(name: string, context?: unknown): Draft {
  const key = useDraftKey(name);
  const [restored, setRestored] = useState<{ hadFile: boolean } | null>(null);
  const latest = useRef(context);
  latest.current = context;
  return {
    save(values) {
      if (!key) return;
      const dropped = { file: false };
      const kept: Kept = { values: encode(values, dropped), context: encode(latest.current, dropped), hadFile: dropped.file };
      try {
        sessionStorage.setItem(key, JSON.stringify(kept));
      } catch {
        // storage full: the form itself still holds everything
      }
    },
    take() {
      if (!key) return null;
      let kept: Kept | null;
      try {
        kept = JSON.parse(sessionStorage.getItem(key) ?? "null") as Kept | null;
      } catch {
        kept = null;
      }
      if (!kept) return null;
      setRestored({ hadFile: kept.hadFile });
      return { values: decode(kept.values), context: decode(kept.context) };
    },
    clear() {
      if (key) sessionStorage.removeItem(key);
      setRestored(null);
    },
    dismiss: () => setRestored(null),
    restored,
  };
}

/**
 * A draft for an Ant Design form: `onValuesChange` keeps it, `restore()` lays
 * it over what the form holds (after the form has set its own starting
 * values) and gives back its context.
 */
export function useFormDraft(form: FormInstance, name: string, context?: unknown) {
  const draft = useDraft(name, context);
  return {
    ...draft,
    onValuesChange: () => draft.save(form.getFieldsValue(true)),
    restore(): { context: unknown } | null {
      const kept = draft.take();
      if (!kept) return null;
      form.setFieldsValue(kept.values as Parameters<FormInstance["setFieldsValue"]>[0]);
      return { context: kept.context };
    },
  };
}

/** Says a draft was brought back (and that a file must be chosen again), with a way to drop it. */
export function DraftNotice({
  draft,
  onDiscard,
  children,
}: {
  draft: Pick<Draft, "restored">;
  onDiscard: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!draft.restored) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginBottom: 12 }}
      message={t("draft.restored")}
      description={
        draft.restored.hadFile || children ? (
          <>
            {draft.restored.hadFile ? t("draft.fileNotKept") : null} {children}
          </>
        ) : undefined
      }
      action={
        <Button size="small" onClick={onDiscard}>
          {t("draft.discard")}
        </Button>
      }
    />
  );
}
