import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { GraphQLError } from "graphql";
import { numberFromEnv } from "../shared/config";
import type { Viewer } from "../shared/identity";
import { IDENTITY_HEADER, type IdentitySigner } from "../shared/internal-identity";
import type { ServiceMetrics } from "../shared/metrics";

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
}

/** How long the gateway waits for a department (HUB_SUBGRAPH_TIMEOUT_MS, default 5 s). */
export function subgraphTimeoutMs(): number {
  return numberFromEnv("HUB_SUBGRAPH_TIMEOUT_MS", 5000);
}

/**
 * Calls one department. Whatever identity headers a client sent never reach
 * it: the gateway sets its own signed identity, addressed to this subgraph,
 * and the request id that ties the request's log lines together. A
 * department that is down or too slow costs only its own fields: the others
 * are answered, with an error naming the department.
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly department: string,
    url: string,
    private readonly signIdentity: IdentitySigner,
    private readonly metrics: ServiceMetrics,
    private readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: (input, init) => fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(this.timeoutMs) }) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers || !context?.viewer) return;
    headers.set(IDENTITY_HEADER, await this.signIdentity(context.viewer, this.department, context.requestId));
    headers.set("x-request-id", context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const stop = this.metrics.subgraphFetches.startTimer({ subgraph: this.department });
    try {
      const response = await super.process(options);
      stop({ outcome: "ok" });
      return response;
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError" || /timeout|aborted/i.test(String((error as Error).message));
      const reason = timedOut ? "timeout" : "unavailable";
      stop({ outcome: reason });
      this.metrics.subgraphErrors.inc({ subgraph: this.department, reason });
      throw new GraphQLError(
        timedOut
          ? `The ${this.department} department did not answer within ${this.timeoutMs} ms; its fields are missing from this answer.`
          : `The ${this.department} department cannot be reached; its fields are missing from this answer.`,
        { extensions: { code: timedOut ? "DEPARTMENT_TIMEOUT" : "DEPARTMENT_UNAVAILABLE", department: this.department } },
      );
    }
  }
}
