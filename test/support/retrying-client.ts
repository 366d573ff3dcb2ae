import type { Viewer } from "../../shared/auth/identity";
import { credentialsFor, type GraphQLResponse } from "./graphql-client";

/** Errors after which a write may or may not have been made: sent again as it was. */
export const RETRYABLE = new Set([
  "DEPARTMENT_UNAVAILABLE",
  "DEPARTMENT_TIMEOUT",
  "DATABASE_UNAVAILABLE",
  "DEPARTMENT_BUSY",
  "INTERNAL_SERVER_ERROR",
]);

/**
 * A client that sends a request until the hub answers for sure, as an
 * official's client would: no answer, a gateway or load balancer that is not
 * there (5xx without a GraphQL answer), and the refusals that mean "not done"
 * are sent again, unchanged (a create with the same `Idempotency-Key`).
 * `resent` counts the sends that went again.
 */
export class RetryingClient {
  resent = 0;

  constructor(
    private readonly url: string,
    private readonly as: Viewer,
    private readonly patienceMs = 120_000,
  ) {}

  async untilAnswered(query: string, variables: object, key?: string): Promise<GraphQLResponse> {
    const deadline = Date.now() + this.patienceMs;
    for (;;) {
      try {
        const response = await fetch(this.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(await credentialsFor(this.url, this.as)),
            ...(key ? { "idempotency-key": key } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(5000),
        });
        const answer = (await response
          .json()
          .catch(() => ({ errors: [{ message: `HTTP ${response.status}`, extensions: {} }] }))) as GraphQLResponse;
        const codes = (answer.errors ?? []).map((e) => String(e.extensions?.code));
        const unsure = (response.status >= 500 && !answer.data) || codes.some((code) => RETRYABLE.has(code));
        if (!unsure) return answer;
      } catch {
        // no answer at all: the write may or may not have been made
      }
      if (Date.now() > deadline) throw new Error(`no answer for ${query.slice(0, 40)} in ${this.patienceMs / 1000} s`);
      this.resent += 1;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}
