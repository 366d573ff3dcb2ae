import { context, propagation, trace, type Context } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type ReadableSpan,
  type Span,
  type SpanExporter,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";

/**
 * OpenTelemetry traces: one trace per request, from the gateway through its
 * query-plan fetches to each department's request and SQL statements.
 *
 * Off unless `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`)
 * is set: then no tracer provider is registered, every span the hub or Apollo
 * asks for is the API's no-op one, and no `traceparent` is read or sent.
 * When on, spans go in batches over OTLP/HTTP (JSON) to that endpoint; the
 * exporter reads the other standard `OTEL_EXPORTER_OTLP_*` variables
 * (headers, timeout, compression) and the SDK `OTEL_TRACES_SAMPLER`,
 * `OTEL_TRACES_SAMPLER_ARG`, `OTEL_BSP_*`, `OTEL_SERVICE_NAME` and
 * `OTEL_RESOURCE_ATTRIBUTES` (docs/operations.md, "Traces").
 */
export interface TelemetryOptions {
  /**
   * Where finished spans go instead of OTLP, each as soon as it ends (tests
   * pass an `InMemorySpanExporter`); tracing is then on whatever the environment says.
   */
  exporter?: SpanExporter;
}

export interface Telemetry {
  /** Whether spans are recorded and exported. */
  enabled: boolean;
  /**
   * Exports what is left and unregisters the provider; call after the service
   * has stopped. Start tracing once per process: Apollo's gateway keeps the
   * tracer it was first given.
   */
  shutdown(): Promise<void>;
}

/** The attribute naming the hub's service on each of its spans: several services share one process in tests. */
export const SERVICE_ATTRIBUTE = "hub.service";

/** Whether the environment asks for traces. */
export function tracesConfigured(): boolean {
  return Boolean(process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/** The exporter sends OTLP as JSON over HTTP; another protocol stops the service at start rather than exporting nothing. */
function checkProtocol(): void {
  for (const variable of ["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"]) {
    const value = process.env[variable];
    if (value && value !== "http/json")
      throw new Error(`${variable} must be "http/json" (the only protocol the hub exports), got "${value}"`);
  }
}

/**
 * Gives a span without a service of its own the one of its parent in this
 * process (Apollo's `gateway.*` spans take the gateway's), so every span names
 * its service even when the five subgraphs and the gateway share a process.
 */
class ServiceFromParent implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const parent = trace.getSpan(parentContext) as unknown as Partial<ReadableSpan> | undefined;
    const service = parent?.attributes?.[SERVICE_ATTRIBUTE];
    if (service !== undefined && span.attributes[SERVICE_ATTRIBUTE] === undefined) span.setAttribute(SERVICE_ATTRIBUTE, service);
  }
  onEnd(): void {}
  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

const DISABLED: Telemetry = { enabled: false, shutdown: async () => {} };

/**
 * Starts tracing for the process of `service` (`gateway`, `plans`, …, the
 * resource's `service.name` unless OTEL_SERVICE_NAME says otherwise), or
 * returns a disabled handle when the environment does not ask for it.
 */
export function startTelemetry(service: string, options: TelemetryOptions = {}): Telemetry {
  if (!options.exporter && !tracesConfigured()) return DISABLED;
  if (!options.exporter) checkProtocol();
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, win over the service's own name.
    resource: defaultResource()
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [
      new ServiceFromParent(),
      // Tests read spans as they end; a service sends them in batches, off the request's path.
      options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter),
    ],
  });
  // Only the trace context crosses to the departments: no baggage a caller could fill.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  let stopping: Promise<void> | undefined;
  return {
    enabled: true,
    shutdown: () =>
      (stopping ??= (async () => {
        try {
          await provider.shutdown();
        } finally {
          trace.disable();
          propagation.disable();
          context.disable();
        }
      })()),
  };
}
