import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { LRUCache } from "lru-cache";
import type { Viewer } from "../shared/auth/identity";
import { NOT_SHAREABLE_EXTENSION } from "../shared/records/context";

/**
 * Identity-safe deduplication: identical queries to one department in flight
 * at the same moment share one fetch — but only among callers whose rights
 * the read rules see as the same. The read rules decide on the province,
 * agency, role and clearance (never on the account), so those four, or
 * "anonymous", are part of the key: a cleared officer's answer never reaches
 * an uncleared viewer, nor one province's another's.
 *
 * One answer is never shared: one whose reading was logged under the asking
 * official's name (a person's contact details, Decree 356/2025/NĐ-CP) — the
 * department marks it `hubNotShareable`, and each other caller then asks for
 * itself, so every read is logged under its reader; that document, for those
 * rights, is then sent straight on (1,000 such remembered). Mutations are never
 * shared, nor the reading of an uploaded document. Each caller gets its own
 * copy: the gateway merges answers in place.
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

const IS_QUERY = /^\s*(?:\{|query\b)/;
const MAX_KEY_LENGTH = 64 * 1024;

interface InFlight {
  waiters: number;
  answer: Promise<{ response: GatewayGraphQLResponse; snapshot?: GatewayGraphQLResponse }>;
}

export class SharedFetches {
  private readonly inFlight = new Map<string, InFlight>();
  /** Documents whose answers, for these rights, came back not to be shared: later ones go straight to the department. */
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
    if (this.personal.has(document)) return fetch();
    const key = `${document}\n${JSON.stringify(request.variables ?? {})}`;
    // a request this large is rare and unlikely twice at once: not worth holding its key
    if (key.length > MAX_KEY_LENGTH) return fetch();
    const pending = this.inFlight.get(key);
    if (pending) {
      pending.waiters++;
      const { snapshot } = await pending.answer;
      if (snapshot) {
        this.onShared();
        return structuredClone(snapshot);
      }
      return fetch();
    }
    const entry: InFlight = { waiters: 0, answer: undefined as never };
    entry.answer = fetch().then(
      (response) => {
        this.inFlight.delete(key);
        if (response.extensions?.[NOT_SHAREABLE_EXTENSION]) {
          this.personal.set(document, true);
          return { response };
        }
        // copied before anyone reads the answer, and only when someone waits for it; not the HTTP answer it came in
        const { http: _http, ...answer } = response;
        return { response, snapshot: entry.waiters > 0 ? structuredClone(answer) : undefined };
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
