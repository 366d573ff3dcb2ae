import type { ApolloServerPlugin } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import type { Viewer } from "../shared/auth/identity";
import { numberFromEnv } from "../shared/core/config";
import { copyAnswer } from "./copy-answer";

/**
 * A short-lived cache of the answers given to anonymous callers
 * (HUB_PUBLIC_CACHE_SECONDS, 0 — off — by default). An anonymous caller reads
 * only what is PUBLIC, the same for every anonymous caller, so one answer
 * serves them all for a few seconds: a public page opened by many costs the
 * departments one request per interval. A signed-in caller is never answered
 * from it, nor is a mutation, nor an answer with an error. It is kept per
 * gateway process, at most 1,000 answers, and applies after the request's
 * limits and guards, which every request still passes.
 */
export function publicCacheSeconds(): number {
  return numberFromEnv("HUB_PUBLIC_CACHE_SECONDS", 0, { allowZero: true });
}

type Answer = FormattedExecutionResult;

export function publicAnswerCache<C extends { viewer: Viewer }>(seconds = publicCacheSeconds()): ApolloServerPlugin<C> {
  const answers = new LRUCache<string, Answer>({ max: 1000, ttl: seconds * 1000 });
  const keyOf = (context: { queryHash?: string; request: { operationName?: string; variables?: Record<string, unknown> } }) =>
    JSON.stringify([context.queryHash, context.request.operationName ?? null, context.request.variables ?? {}]);
  return {
    async requestDidStart({ contextValue }) {
      if (seconds <= 0 || !contextValue.viewer?.anonymous) return;
      let fromCache = false;
      return {
        async responseForOperation(context) {
          if (context.operation.operation !== "query") return null;
          const kept = answers.get(keyOf(context));
          if (!kept) return null;
          fromCache = true;
          return { body: { kind: "single", singleResult: copyAnswer(kept) }, http: { status: undefined, headers: new HeaderMap() } };
        },
        async willSendResponse(context) {
          const { response, operation } = context;
          if (fromCache || operation?.operation !== "query" || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data === undefined || result.data === null) return;
          answers.set(keyOf(context), copyAnswer(result));
        },
      };
    },
  };
}
