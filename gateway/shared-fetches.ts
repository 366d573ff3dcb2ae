import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { rightsOf, type Viewer } from "../shared/auth/identity";
import { NOT_SHAREABLE_EXTENSION, PROCESSING_LOGGED_EXTENSION } from "../shared/records/context";
import { copyAnswer } from "./copy-answer";

/**
 * Identity-safe deduplication: identical queries to one department in flight
 * at the same moment share one fetch — but only among callers whose rights
 * the read rules see as the same. The read rules decide on the province,
 * agency, role and clearance (never on the account), so those four, or
 * "anonymous", are part of the key: a cleared officer's answer never reaches
 * an uncleared viewer, nor one province's another's.
 *
 * An answer whose reading the department logged under the asking official's
 * name (a person's contact details, Decree 356/2025/NĐ-CP) lists the log's
 * entries (`hubProcessingLogged`). It reaches another official only once the
 * department has logged the same readings under that official
 * (`logReadings`, which re-checks that official's rights): every reader is
 * logged before the answer reaches them. If the department will not, that
 * official asks for itself. One official's own identical requests in flight
 * together share one reading, logged once; the gateway's access log still
 * has each request. Mutations are never shared, nor the reading of an
 * uploaded document. Each caller gets its own copy: the gateway merges
 * answers in place.
 *
 * HUB_DEDUPLICATE_REQUESTS=off turns it off. The state is per gateway process.
 */
export function deduplicationEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.HUB_DEDUPLICATE_REQUESTS ?? "on").toLowerCase();
  if (value !== "on" && value !== "off")
    throw new Error(`HUB_DEDUPLICATE_REQUESTS must be on or off, got "${env.HUB_DEDUPLICATE_REQUESTS}"`);
  return value === "on";
}

/** The official asking: a reading logged under one official is logged again for another before it is shared. */
function readerKey(viewer: Viewer | undefined): string {
  return !viewer || viewer.anonymous ? "anonymous" : `official:${viewer.userId}`;
}

const IS_QUERY = /^\s*(?:\{|query\b)/;
const MAX_KEY_LENGTH = 64 * 1024;

interface InFlight {
  /** The official whose request was sent. */
  reader: string;
  waiters: number;
  answer: Promise<{ response: GatewayGraphQLResponse; snapshot?: GatewayGraphQLResponse; logged?: string[] }>;
  /** Each other official's logging of the answer's readings, done once for all of that official's waiting requests. */
  loggedFor: Map<string, Promise<boolean>>;
  /** An official the answer could not be shared with reads for itself, once for all of its waiting requests. */
  ownReadings: Map<string, Promise<{ response: GatewayGraphQLResponse; snapshot: GatewayGraphQLResponse }>>;
}

/** Logs under the waiting caller the readings of the answer it is about to share; false when the department would not. */
export type LogReadings = (entries: string[]) => Promise<boolean>;

export class SharedFetches {
  private readonly inFlight = new Map<string, InFlight>();

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
    logReadings?: LogReadings,
  ): Promise<GatewayGraphQLResponse> {
    if (!this.enabled || !request.query || !IS_QUERY.test(request.query)) return fetch();
    const reader = readerKey(viewer);
    const key = `${rightsOf(viewer)}\n${request.query}\n${JSON.stringify(request.variables ?? {})}`;
    // a request this large is rare and unlikely twice at once: not worth holding its key
    if (key.length > MAX_KEY_LENGTH) return fetch();
    const pending = this.inFlight.get(key);
    if (pending) {
      pending.waiters++;
      const { snapshot, logged } = await pending.answer;
      if (!snapshot) return fetch();
      if (logged && pending.reader !== reader) {
        let loggedHere = pending.loggedFor.get(reader);
        if (!loggedHere) {
          loggedHere = logReadings && logged.length ? logReadings(logged).catch(() => false) : Promise.resolve(false);
          pending.loggedFor.set(reader, loggedHere);
        }
        // not logged under this official: it asks for itself, and its own reading is logged
        if (!logged.length || !(await loggedHere)) return this.readForItself(pending, reader, fetch);
      }
      this.onShared();
      return copyAnswer(snapshot);
    }
    const entry: InFlight = { reader, waiters: 0, answer: undefined as never, loggedFor: new Map(), ownReadings: new Map() };
    entry.answer = fetch().then(
      (response) => {
        this.inFlight.delete(key);
        const logged = processingLogged(response);
        // copied before anyone reads the answer, and only when someone waits for it
        return { response, logged, snapshot: entry.waiters > 0 ? snapshotOf(response) : undefined };
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, entry);
    return (await entry.answer).response;
  }

  /** One reading for all of one official's waiting requests, as when that official's requests share a fetch. */
  private async readForItself(
    entry: InFlight,
    reader: string,
    fetch: () => Promise<GatewayGraphQLResponse>,
  ): Promise<GatewayGraphQLResponse> {
    const pending = entry.ownReadings.get(reader);
    if (pending) {
      const { snapshot } = await pending;
      this.onShared();
      return copyAnswer(snapshot);
    }
    const reading = fetch().then((response) => ({ response, snapshot: snapshotOf(response) }));
    entry.ownReadings.set(reader, reading);
    return (await reading).response;
  }
}

/** A copy of the answer for callers who wait on it, without the HTTP answer it came in. */
function snapshotOf(response: GatewayGraphQLResponse): GatewayGraphQLResponse {
  const { http: _http, ...answer } = response;
  return copyAnswer(answer);
}

/**
 * The processing-log entries the department says the answer's reading wrote:
 * none when it logged nothing; an empty list when it logged under the reader
 * without listing them (a department of the earlier version), so the answer
 * is that official's alone.
 */
function processingLogged(response: GatewayGraphQLResponse): string[] | undefined {
  const entries = response.extensions?.[PROCESSING_LOGGED_EXTENSION];
  if (Array.isArray(entries) && entries.length) return entries.map(String);
  return response.extensions?.[NOT_SHAREABLE_EXTENSION] ? [] : undefined;
}
