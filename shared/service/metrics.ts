import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Latency buckets for a request or a subgraph call: 5 ms to 10 s. */
const REQUEST_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics of one service, on its own registry (several services
 * share a process in tests). Served at `/metrics`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly requests = new Histogram({
    name: "hub_graphql_request_duration_seconds",
    help: "GraphQL requests by operation name and outcome.",
    labelNames: ["operation", "outcome"],
    buckets: REQUEST_SECONDS,
    registers: [this.registry],
  });

  readonly subgraphFetches = new Histogram({
    name: "hub_subgraph_fetch_duration_seconds",
    help: "Gateway calls to each department's subgraph, by outcome.",
    labelNames: ["subgraph", "outcome"],
    buckets: REQUEST_SECONDS,
    registers: [this.registry],
  });

  readonly subgraphErrors = new Counter({
    name: "hub_subgraph_fetch_errors_total",
    help: "Gateway calls to a subgraph that failed (unreachable, timed out, or answered an error status).",
    labelNames: ["subgraph", "reason"],
    registers: [this.registry],
  });

  readonly subgraphFetchesShared = new Counter({
    name: "hub_subgraph_fetches_shared_total",
    help: "Gateway requests to a subgraph answered by an identical one in flight for a caller with the same rights, instead of being sent.",
    labelNames: ["subgraph"],
    registers: [this.registry],
  });

  readonly databaseQueries = new Histogram({
    name: "hub_database_query_duration_seconds",
    help: "SQL statements run by the subgraph, by outcome.",
    labelNames: ["subgraph", "outcome"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
