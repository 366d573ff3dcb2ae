import type { ApolloServerPlugin } from "@apollo/server";

/**
 * An answer with an error that says when to come back (`BUSY`, with
 * `extensions.retryAfter` in seconds) carries the HTTP `Retry-After`
 * header too, so a client or a proxy can wait without reading the body.
 * The gateway passes a department's on in the same way.
 */
export function retryAfterHeader<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const seconds = (response.body.singleResult.errors ?? [])
            .map((error) => Number(error.extensions?.retryAfter))
            .filter((value) => Number.isFinite(value) && value > 0);
          if (seconds.length > 0) response.http.headers.set("retry-after", String(Math.ceil(Math.max(...seconds))));
        },
      };
    },
  };
}
