import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { ServiceMetrics } from "./metrics";
import { operationLabel } from "./operation-names";

/** Who asked, as the service's context knows it (the gateway's verified token, or the identity the gateway vouched for). */
interface Asker {
  anonymous: boolean;
  userId?: string;
  role?: string;
  provinceCode?: string;
  agencyCode?: string;
}

/** The access log's `user`: an account, never a name or a token; anonymous callers say so. */
export function userOf(viewer: Asker | undefined): Record<string, string> {
  // no viewer: the request was refused before its caller was known (a bad token)
  if (!viewer) return { user: "unverified" };
  if (viewer.anonymous) return { user: "anonymous" };
  return {
    user: String(viewer.userId),
    ...(viewer.role ? { role: viewer.role } : {}),
    ...(viewer.provinceCode ? { provinceCode: viewer.provinceCode } : {}),
    ...(viewer.agencyCode ? { agencyCode: viewer.agencyCode } : {}),
  };
}

/**
 * Times every GraphQL request by operation (known names only, see
 * `operation-names`) and logs it — the access log — under its request id,
 * with the user who asked and the name the client gave, shortened.
 */
export function observeRequests<C extends { requestId: string; viewer?: Asker }>(
  metrics: ServiceMetrics,
  logger: Logger,
): ApolloServerPlugin<C> {
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
              ...userOf(contextValue.viewer),
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
