import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { context as otelContext, propagation } from "@opentelemetry/api";
import type { GraphQLError } from "graphql";
import type { Viewer } from "../shared/auth/identity";
import { ALSO_IDENTITIES_HEADER, IDENTITY_HEADER, type IdentitySigner } from "../shared/auth/internal-identity";
import { numberFromEnv } from "../shared/core/config";
import { departmentBusy, departmentTimeout, departmentUnavailable } from "../shared/core/errors";
import { longestReadingMs } from "../shared/core/reading-limits";
import { departmentFetch, isTimeout } from "../shared/core/transport";
import type { ServiceMetrics } from "../shared/service/metrics";
import { deduplicationEnabled, SharedFetches } from "./shared-fetches";
import { sharedReadingLogger } from "./shared-reading-logs";

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /** The caller's `Idempotency-Key`, passed to each department with the identity (`shared/records/idempotency.ts`). */
  idempotencyKey?: string;
}

/**
 * A subgraph that answered a 4xx status with GraphQL errors (variables that do
 * not parse, a request it refuses) has answered; only the refusals of the
 * gateway itself — its identity (401: its key is wrong) or its client
 * certificate (mutual TLS) — mean the department cannot serve.
 */
function callerErrors(error: unknown): GatewayGraphQLResponse | null {
  const response = (error as GraphQLError)?.extensions?.response as { status?: number; body?: unknown } | undefined;
  if (!response || typeof response.status !== "number" || response.status < 400 || response.status >= 500 || response.status === 401)
    return null;
  const body = response.body as { errors?: { message: string; extensions?: { code?: unknown } }[]; data?: unknown } | undefined;
  if (!body || !Array.isArray(body.errors) || body.errors.length === 0) return null;
  if (body.errors.some((e) => e?.extensions?.code === "CLIENT_CERTIFICATE_REQUIRED")) return null;
  return { errors: body.errors, data: (body.data as GatewayGraphQLResponse["data"]) ?? null };
}

/** Adds the active span's `traceparent` (the query plan's fetch), so the department's spans join the request's trace. */
function sendTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(otelContext.active(), headers, { set: (carrier, name, value) => carrier.set(name, value) });
}

/** How long the gateway waits for a department (HUB_SUBGRAPH_TIMEOUT_MS, default 5 s). */
export function subgraphTimeoutMs(): number {
  return numberFromEnv("HUB_SUBGRAPH_TIMEOUT_MS", 5000);
}

/**
 * How many requests the gateway has in flight to one department at most
 * (HUB_DEPARTMENT_MAX_IN_FLIGHT, 100 by default). Beyond it a request for
 * that department fails at once with DEPARTMENT_BUSY and Retry-After: a
 * slow department costs its callers a quick refusal, and the gateway's
 * memory stays bounded, instead of requests piling up until they time out.
 */
export function departmentMaxInFlight(): number {
  return numberFromEnv("HUB_DEPARTMENT_MAX_IN_FLIGHT", 100);
}

/** Seconds a caller refused for a busy department waits before trying again. */
const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * How long the gateway waits for a department reading an uploaded document
 * (`importPlan`, `previewPlanImport`): as long as the department may take to
 * read it — a scan by OCR takes minutes, not the seconds of a read — and
 * then the usual wait for its answer.
 */
export function documentReadingTimeoutMs(): number {
  return subgraphTimeoutMs() + longestReadingMs();
}

/** The root fields whose answer reads a document the caller sent (the plans department's `documentUploads`). */
export const DOCUMENT_UPLOAD_FIELDS = ["importPlan", "previewPlanImport"] as const;

const READS_A_DOCUMENT = new RegExp(`\\b(?:${DOCUMENT_UPLOAD_FIELDS.join("|")})\\b`);

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
    private readonly readingTimeoutMs = timeoutMs,
    private readonly maxInFlight = departmentMaxInFlight(),
    deduplicate = deduplicationEnabled(),
  ) {
    super({
      url,
      fetcher: (input, init) => {
        const body = typeof init?.body === "string" ? init.body : "";
        const waitMs = READS_A_DOCUMENT.test(body) ? Math.max(this.timeoutMs, this.readingTimeoutMs) : this.timeoutMs;
        return departmentFetch()(input, { ...init, timeoutMs: waitMs });
      },
    });
    this.sharedFetches = new SharedFetches(deduplicate, () => metrics.subgraphFetchesShared.inc({ subgraph: department }));
  }

  /**
   * A request of the gateway's own (checking a mutation's references), sent
   * with the caller's identity; null when the department does not answer,
   * `DEPARTMENT_BUSY` thrown when it already has as many requests as it may.
   */
  async fetchInternal(
    context: GatewayContext,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: unknown; errors?: unknown[] } | null> {
    const body = JSON.stringify({ query, variables });
    return this.postInternal(context.requestId, body, [await this.signIdentity(context.viewer, this.department, context.requestId, body)]);
  }

  /** Sends `body` with the first token in `x-hub-identity` and any others in `x-hub-identity-also`. */
  private async postInternal(requestId: string, body: string, [token, ...also]: string[]) {
    if (!this.take()) throw departmentBusy(this.department, BUSY_RETRY_AFTER_SECONDS, "IN_FLIGHT_LIMIT");
    try {
      const headers = new Map([
        ["content-type", "application/json"],
        [IDENTITY_HEADER, token],
        ["x-request-id", requestId],
      ]);
      if (also.length) headers.set(ALSO_IDENTITIES_HEADER, also.join(","));
      sendTraceContext(headers);
      const response = await departmentFetch()(this.url!, {
        method: "POST",
        headers: Object.fromEntries(headers),
        body,
        timeoutMs: this.timeoutMs,
      });
      const answer = (await response.json().catch(() => null)) as { data?: unknown; errors?: unknown[] } | null;
      return response.ok ? answer : null;
    } catch {
      return null;
    } finally {
      this.inFlight--;
    }
  }

  /** Requests sent to the department and not yet answered. */
  private inFlight = 0;

  /** Counts a request in, or says no when the department already has as many as it may. */
  private take(): boolean {
    if (this.inFlight >= this.maxInFlight) {
      this.metrics.subgraphErrors.inc({ subgraph: this.department, reason: "busy" });
      return false;
    }
    this.inFlight++;
    return true;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers) return;
    sendTraceContext(headers);
    if (!context?.viewer) return;
    // The body exactly as RemoteGraphQLDataSource will send it: the identity is bound to it.
    const { http: _http, ...body } = request;
    headers.set(
      IDENTITY_HEADER,
      await this.signIdentity(context.viewer, this.department, context.requestId, JSON.stringify(body), context.idempotencyKey),
    );
    headers.set("x-request-id", context.requestId);
  }

  private readonly sharedFetches: SharedFetches;

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // an uploaded document is each caller's own: its reading is never shared
    if (READS_A_DOCUMENT.test(options.request.query ?? "")) return this.send(options);
    const context = options.context as GatewayContext | undefined;
    return this.sharedFetches.run(
      options.request,
      context?.viewer,
      () => this.send(options),
      context?.viewer ? (entries) => this.logSharedReading(context, entries) : undefined,
    );
  }

  /**
   * Has the department log under this caller the readings of another's
   * answer it is about to be handed; the callers waiting on one answer are
   * logged together (`gateway/shared-reading-logs.ts`).
   */
  private readonly logSharedReading = sharedReadingLogger<GatewayContext>(
    (context, body) => this.signIdentity(context.viewer, this.department, context.requestId, body),
    async (first, body, tokens) => {
      const answer = await this.postInternal(first.requestId, body, tokens);
      const each = (answer?.data as { recordSharedReadings?: unknown } | null | undefined)?.recordSharedReadings;
      return !answer?.errors?.length && Array.isArray(each) ? each : null;
    },
  );

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!this.take()) throw departmentBusy(this.department, BUSY_RETRY_AFTER_SECONDS, "IN_FLIGHT_LIMIT");
    const stop = this.metrics.subgraphFetches.startTimer({ subgraph: this.department });
    try {
      const response = await super.process(options);
      stop({ outcome: "ok" });
      return response;
    } catch (error) {
      const answered = callerErrors(error);
      if (answered) {
        // The department answered: its errors (a bad Date, a refusal) are the caller's, passed on with their codes.
        stop({ outcome: "ok" });
        return answered;
      }
      const timedOut = isTimeout(error);
      const reason = timedOut ? "timeout" : "unavailable";
      stop({ outcome: reason });
      this.metrics.subgraphErrors.inc({ subgraph: this.department, reason });
      const waited = READS_A_DOCUMENT.test(options.request.query ?? "") ? Math.max(this.timeoutMs, this.readingTimeoutMs) : this.timeoutMs;
      throw timedOut ? departmentTimeout(this.department, waited) : departmentUnavailable(this.department);
    } finally {
      this.inFlight--;
    }
  }
}
