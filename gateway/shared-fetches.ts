import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { LRUCache } from "lru-cache";
import type { Viewer } from "../shared/auth/identity";
import { NOT_SHAREABLE_EXTENSION } from "../shared/records/context";
import { copyAnswer } from "./copy-answer";

/**
 * Identity-safe deduplication: identical queries to one department in flight
 * at the same moment share one fetch — but only among callers whose rights
 * the read rules see as the same. The read rules decide on the province,
 * agency, role and clearance (never on the account), so those four, or
 * "anonymous", are part of the key: a cleared officer's answer never reaches
 * an uncleared viewer, nor one province's another's.
 *
 * An answer whose reading was logged under the asking official's name (a
 * person's contact details, Decree 356/2025/NĐ-CP) is never handed to another
 * official: the department marks it `hubNotShareable`, each other caller asks
 * for itself, so every reader is logged; that document, for those rights, is
 * from then on shared only among one official's own identical requests in
 * flight together (1,000 such documents remembered) — one reading, logged once
 * under that official; the gateway's access log still has each request.
 * Mutations are never shared, nor the reading of an uploaded document. Each
 * caller gets its own copy: the gateway merges answers in place.
 *
 * HUB_DEDUPLICATE_REQUESTS=off turns it off. The state is per gateway process.
 */
export function deduplicationEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.HUB_DEDUPLICATE_REQUESTS ?? "on").toLowerCase();
  if (value !== "on" && value !== "off")
    throw new Error(`HUB_DEDUPLICATE_REQUESTS must be on or off, got "${env.HUB_DEDUPLICATE_REQUESTS}"`);
  return value === "on";
}

/** The rights a department's read rules see: equal keys read equal answers. */
export function rightsKey(viewer: Viewer | undefined): string {
  if (!viewer || viewer.anonymous) return "anonymous";
  return JSON.stringify([viewer.provinceCode, viewer.agencyCode, viewer.role, viewer.clearance]);
}

/** The official asking: an answer logged under a reader's name is that reader's alone. */
function readerKey(viewer: Viewer | undefined): string {
  return !viewer || viewer.anonymous ? "anonymous" : `official:${viewer.userId}`;
}

const IS_QUERY = /^\s*(?:\{|query\b)/;
const MAX_KEY_LENGTH = 64 * 1024;

interface InFlight {
  /** The official whose request was sent. */
  reader: string;
  waiters: number;
  answer: Promise<{ response: GatewayGraphQLResponse; snapshot?: GatewayGraphQLResponse; loggedUnderReader: boolean }>;
}

export class SharedFetches {
  private readonly inFlight = new Map<string, InFlight>();
  /** Documents whose answers, for these rights, came back logged under their reader: later ones are shared per official. */
  private readonly personal = new LRUCache<string, true>({ max: 1000 });

  constructor(
    private readonly enabled: boolean,
    private readonly onShared: () => void,
  ) {}

  /**
   * Runs `fetch` for this request, or waits for the identical one in flight
   * and answers with a copy of its answer.
   */
  async run(
    request: { query?: string; variables?: Record<string, unknown> },
    viewer: Viewer | undefined,
    fetch: () => Promise<GatewayGraphQLResponse>,
  ): Promise<GatewayGraphQLResponse> {
    if (!this.enabled || !request.query || !IS_QUERY.test(request.query)) return fetch();
    const document = `${rightsKey(viewer)}\n${request.query}`;
    const reader = readerKey(viewer);
    const scope = this.personal.has(document) ? `${document}\n${reader}` : document;
    const key = `${scope}\n${JSON.stringify(request.variables ?? {})}`;
    // a request this large is rare and unlikely twice at once: not worth holding its key
    if (key.length > MAX_KEY_LENGTH) return fetch();
    const pending = this.inFlight.get(key);
    if (pending) {
      pending.waiters++;
      const { snapshot, loggedUnderReader } = await pending.answer;
      if (snapshot && (!loggedUnderReader || pending.reader === reader)) {
        this.onShared();
        return copyAnswer(snapshot);
      }
      // logged under another official: asked again, now shared only with this official's own identical requests
      return this.run(request, viewer, fetch);
    }
    const entry: InFlight = { reader, waiters: 0, answer: undefined as never };
    entry.answer = fetch().then(
      (response) => {
        this.inFlight.delete(key);
        const loggedUnderReader = Boolean(response.extensions?.[NOT_SHAREABLE_EXTENSION]);
        if (loggedUnderReader) this.personal.set(document, true);
        // copied before anyone reads the answer, and only when someone waits for it; not the HTTP answer it came in
        const { http: _http, ...answer } = response;
        return { response, loggedUnderReader, snapshot: entry.waiters > 0 ? copyAnswer(answer) : undefined };
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, entry);
    return (await entry.answer).response;
  }
}
