import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { ServiceMetrics } from "./metrics";
import { operationLabel } from "./operation-names";

/**
 * Times every GraphQL request by operation (known names only, see
 * `operation-names`) and logs it under its request id, with the name the
 * client gave, shortened.
 */
export function observeRequests<C extends { requestId: string }>(metrics: ServiceMetrics, logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const stop = metrics.requests.startTimer();
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const codes = [...new Set((errors ?? []).map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          const outcome = codes.length === 0 ? "ok" : "error";
          const operation = (operationName ?? "anonymous").slice(0, 100);
          stop({ operation: operationLabel(operationName), outcome });
          logger.info(
            {
              requestId: contextValue.requestId,
              operation,
              outcome,
              errorCodes: codes.length ? codes : undefined,
              status: response.http.status ?? 200,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
            },
            "request",
          );
        },
      };
    },
  };
}
