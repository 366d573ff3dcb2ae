import { timingSafeEqual } from "node:crypto";
import express from "express";
import type { Logger } from "pino";
import { isProduction } from "../core/config";
import { listen, type RunningServer } from "./http";
import { errorBody, jsonErrors, notFoundJson, securityHeaders } from "./http-safety";
import type { ServiceMetrics } from "./metrics";
import { checkSecretZone } from "./secret-zone-checks";

/**
 * The HTTP shell every service of the hub runs in, written once: security
 * headers, `/health/live`, `/health/ready`, `/metrics`, coded JSON errors and
 * graceful shutdown. The gateway and each subgraph say only what differs:
 * their readiness checks and their GraphQL routes.
 */
export interface DependencyState {
  name: string;
  /** `degraded`: it answers, but not fully (a read-only or full database, a slow one, a drifting clock); `reasons` say how. */
  state: "up" | "degraded" | "down";
  [detail: string]: unknown;
}

export interface ServiceDefinition {
  /** `gateway`, `plans`, … as in logs and metrics. */
  name: string;
  logger: Logger;
  metrics: ServiceMetrics;
  port: number;
  /** Interface to listen on; undefined listens on every one. */
  host?: string;
  /** Origins besides its own that the pages it serves may call (the sign-in provider). */
  connectSources?: string[];
  /** What the service needs to answer (its database, the departments). */
  readiness(): Promise<DependencyState[]>;
  /** Adds the service's own routes (GraphQL, the IDE, the web app). */
  routes(app: express.Express): void;
  /** Runs after the last request has finished (closing database pools). */
  onStop(): Promise<void>;
}

/**
 * Who may read metrics and the detail of readiness (which dependency is down,
 * operation names): with `HUB_OPS_TOKEN` set, a request bearing it; without
 * it, in development only requests from this machine, and in production no one.
 */
export function operatorAccess(): (req: express.Request) => boolean {
  const token = process.env.HUB_OPS_TOKEN;
  if (token) {
    const expected = Buffer.from(`Bearer ${token}`);
    return (req) => {
      const given = Buffer.from(req.header("authorization") ?? "");
      return given.length === expected.length && timingSafeEqual(given, expected);
    };
  }
  if (isProduction()) return () => false;
  return (req) => ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress ?? "");
}

/**
 * HUB_TRUSTED_PROXIES: the load balancers in front of this service
 * (addresses, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`;
 * comma-separated). The client address they write in `X-Forwarded-For` is
 * then the request's address, for the per-address rate limits. Unset (the
 * default), the header is ignored: any client could write it.
 */
export function trustProxies(app: express.Express, env: NodeJS.ProcessEnv = process.env): void {
  const proxies = (env.HUB_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (proxies.length === 0) return;
  try {
    app.set("trust proxy", proxies);
  } catch (error) {
    throw new Error(
      `HUB_TRUSTED_PROXIES must list addresses or CIDR ranges (or loopback, linklocal, uniquelocal), comma-separated: ${(error as Error).message}.`,
    );
  }
}

export async function startService(service: ServiceDefinition): Promise<RunningServer> {
  await checkSecretZone(service.name, service.host);
  const operator = operatorAccess();
  const app = express();
  app.disable("x-powered-by");
  trustProxies(app);
  app.use(securityHeaders(service.connectSources));
  app.get("/health/live", (_req, res) => {
    res.json({ status: "ok", service: service.name });
  });
  // Everyone learns whether the service is ready; only operators learn why not.
  app.get("/health/ready", async (req, res) => {
    const dependencies = await service.readiness();
    // degraded is still ready: reads are served; the status says it, the detail (for operators) says why
    const ready = dependencies.every((d) => d.state !== "down");
    const status = !ready ? "not ready" : dependencies.some((d) => d.state === "degraded") ? "degraded" : "ready";
    res.status(ready ? 200 : 503).json({ status, service: service.name, ...(operator(req) ? { dependencies } : {}) });
  });
  app.get("/metrics", async (req, res) => {
    if (!operator(req)) {
      res.status(401).json(errorBody("Metrics are for operators: send HUB_OPS_TOKEN as a bearer token.", "UNAUTHENTICATED"));
      return;
    }
    res.type(service.metrics.registry.contentType).send(await service.metrics.registry.metrics());
  });
  service.routes(app);
  app.use(notFoundJson());
  app.use(jsonErrors(service.logger));
  return listen(app, service.port, service.onStop, service.host);
}
