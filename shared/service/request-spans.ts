import type { ApolloServerPlugin } from "@apollo/server";
import { context, isSpanContextValid, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Link } from "@opentelemetry/api";
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from "@opentelemetry/semantic-conventions";
import type { RequestHandler } from "express";
import { operationLabel } from "./operation-names";
import { SERVICE_ATTRIBUTE } from "./telemetry";

/**
 * The server span of each GraphQL request a service receives. It is made
 * here rather than by patching `http`, so it exists however the service is
 * loaded (jest's module system bypasses the patching of Node's `require`).
 */
export interface RequestSpanOptions {
  /**
   * `parent`: the request continues the caller's trace (`traceparent`), as a
   * department continues the gateway's. `link`: the caller's trace is only
   * linked, and every request starts a trace of its own — the gateway's
   * callers are not trusted to pick its trace ids or sampling.
   */
  callerTrace: "parent" | "link";
}

export function traceRequests(service: string, options: RequestSpanOptions): RequestHandler {
  return (req, res, next) => {
    const tracer = trace.getTracer(`hub.${service}`);
    const caller = propagation.extract(ROOT_CONTEXT, req.headers);
    const callerSpan = trace.getSpanContext(caller);
    const parent = options.callerTrace === "parent" ? caller : ROOT_CONTEXT;
    const links: Link[] = options.callerTrace === "link" && callerSpan ? [{ context: callerSpan }] : [];
    const route = `${req.baseUrl}${req.path === "/" ? "" : req.path}`;
    const span = tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        links,
        attributes: {
          [SERVICE_ATTRIBUTE]: service,
          [ATTR_HTTP_REQUEST_METHOD]: req.method,
          [ATTR_URL_PATH]: route,
          [ATTR_HTTP_ROUTE]: route,
        },
      },
      parent,
    );
    // Invalid only when tracing is off; a span the sampler left out is valid, and passes that decision on to the departments.
    if (!isSpanContextValid(span.spanContext())) return next();
    const active = trace.setSpan(parent, span);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once("finish", end);
    res.once("close", end);
    // The body arrives in socket events, outside this request's context: bound, its handlers run within it.
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}

/** The operation's name without the suffix the gateway adds for a department (`PlanDossier__plans__0`). */
function clientOperation(name: string | null | undefined): string | undefined {
  return name?.replace(/__[A-Za-z0-9]+__\d+$/, "");
}

/**
 * Names the request's server span by its operation, bounded like the metrics'
 * labels (`graphql PlanDossier`, any other name `graphql other`), and marks
 * it failed when the answer carries errors.
 */
export function nameRequestSpans<C extends { requestId: string }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return;
      span.setAttribute("hub.request_id", contextValue.requestId);
      return {
        async didResolveOperation({ operationName, operation }) {
          span.updateName(`graphql ${operationLabel(clientOperation(operationName))}`);
          if (operation) span.setAttribute("graphql.operation.type", operation.operation);
        },
        async willSendResponse({ errors }) {
          if (errors?.length) {
            const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
            span.setAttribute("hub.error_codes", codes);
          }
        },
      };
    },
  };
}
