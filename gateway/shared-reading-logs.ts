import DataLoader from "dataloader";
import { MAX_ALSO_IDENTITIES } from "../shared/auth/internal-identity";

/**
 * Has the department log a shared answer's readings under the callers
 * waiting for it, vouched for together (its own mutation, `@inaccessible`:
 * callers cannot send it).
 */
const RECORD_SHARED_READINGS = "mutation RecordSharedReadings($entries: [ID!]!) { recordSharedReadings(entries: $entries) }";

/** Bytes of `x-hub-identity-also` at most: a proxy may refuse a header line over 8 KB, and a token can reach 1.5 KB. */
export const ALSO_HEADER_BYTES = 6 * 1024;

/** One waiting caller's logging: the answer's entries, and the caller's token for that answer's logging request. */
export interface WaitingCaller {
  entries: string[];
  token: string;
}

/**
 * Which callers share which logging request: only callers of one answer
 * (its entries), at most `1 + MAX_ALSO_IDENTITIES` to a request, and the
 * tokens beside the first within `maxAlsoBytes`. Each request lists its
 * callers' indices; the first is vouched for in `x-hub-identity`.
 */
export function loggingRequests(callers: WaitingCaller[], maxAlsoBytes = ALSO_HEADER_BYTES): number[][] {
  const requests: number[][] = [];
  const filling = new Map<string, { callers: number[]; alsoBytes: number }>();
  callers.forEach(({ entries, token }, i) => {
    const answer = JSON.stringify(entries);
    const request = filling.get(answer);
    const bytes = token.length + (request && request.callers.length > 1 ? 1 : 0);
    if (request && request.callers.length <= MAX_ALSO_IDENTITIES && request.alsoBytes + bytes <= maxAlsoBytes) {
      request.callers.push(i);
      request.alsoBytes += bytes;
      return;
    }
    const fresh = { callers: [i], alsoBytes: 0 };
    filling.set(answer, fresh);
    requests.push(fresh.callers);
  });
  return requests;
}

/**
 * Logs a shared answer's readings under a waiting caller before it is handed
 * the answer; true once the department says it is logged under them. The
 * callers waiting on answers at one moment ask together, and are logged by
 * as few requests as `loggingRequests` allows. `sign` makes a caller's token
 * for a request body; `post` sends a body with its callers' tokens, the first
 * caller's in `x-hub-identity`, and gives back the department's answer for
 * each, in order, or null.
 */
export function sharedReadingLogger<Caller>(
  sign: (caller: Caller, body: string) => Promise<string>,
  post: (first: Caller, body: string, tokens: string[]) => Promise<unknown[] | null>,
): (caller: Caller, entries: string[]) => Promise<boolean> {
  const loader = new DataLoader<{ caller: Caller; entries: string[] }, boolean>(
    async (calls) => {
      const bodies = calls.map(({ entries }) => JSON.stringify({ query: RECORD_SHARED_READINGS, variables: { entries } }));
      const tokens = await Promise.all(calls.map(({ caller }, i) => sign(caller, bodies[i])));
      const logged = calls.map(() => false);
      await Promise.all(
        loggingRequests(calls.map(({ entries }, i) => ({ entries, token: tokens[i] }))).map(async (request) => {
          const each = await post(
            calls[request[0]].caller,
            bodies[request[0]],
            request.map((i) => tokens[i]),
          ).catch(() => null);
          // anything but one answer for each caller (an error, a department of the earlier version) logs no one
          if (!each || each.length !== request.length) return;
          request.forEach((i, n) => (logged[i] = each[n] === true));
        }),
      );
      return logged;
    },
    { cache: false },
  );
  return (caller, entries) => loader.load({ caller, entries });
}
