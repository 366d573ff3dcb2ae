import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import type express from "express";
import { numberFromEnv } from "../core/config";
import { serverTls } from "../core/transport";

export interface RunningServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** How long a stopping service lets in-flight requests finish (HUB_SHUTDOWN_GRACE_MS, default 10 s). */
export function shutdownGraceMs(): number {
  return numberFromEnv("HUB_SHUTDOWN_GRACE_MS", 10_000, { allowZero: true });
}

/**
 * Mutual TLS: only a client whose certificate the configured CA signed (the
 * gateway) is served; the health endpoints answer anyone, so that an
 * orchestrator's probes need no certificate.
 */
function requireClientCertificate(app: express.Express): http.RequestListener {
  return (req, res) => {
    if ((req.socket as TLSSocket).authorized || req.url?.startsWith("/health/")) return app(req, res);
    res.writeHead(403, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        errors: [
          {
            message: "This service answers only clients with a certificate from its certificate authority.",
            extensions: { code: "CLIENT_CERTIFICATE_REQUIRED" },
          },
        ],
      }),
    );
  };
}

/**
 * Listens on `port` (0 picks a free one) of `host` (every interface when undefined). Stopping stops accepting at once,
 * lets requests in flight finish for the grace period, then closes what is
 * left, and finally runs `onStop` (closing database pools).
 */
export async function listen(app: express.Express, port: number, onStop: () => Promise<void>, host?: string): Promise<RunningServer> {
  const graceMs = shutdownGraceMs(); // read now: a bad setting stops the start, not the shutdown
  const tls = serverTls(); // a service may answer over HTTPS itself, with its own certificate
  const server = tls ? https.createServer(tls, tls.requestCert ? requireClientCertificate(app) : app) : http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if (host) server.listen(port, host, resolve);
    else server.listen(port, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    port: actualPort,
    url: `${tls ? "https" : "http"}://${host && host !== "0.0.0.0" && host !== "::" ? (host.includes(":") ? `[${host}]` : host) : "localhost"}:${actualPort}/graphql`,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), graceMs);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await onStop();
      })()),
  };
}

/** Runs `stop` on SIGINT/SIGTERM and exits once it has finished. */
export function stopOnSignals(
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
  stop: () => Promise<void>,
): void {
  const handler = (signal: NodeJS.Signals) => {
    log.info({ signal }, "stopping");
    stop().then(
      () => {
        log.info({}, "stopped");
        process.exit(0);
      },
      (error) => {
        log.error({ error: String(error) }, "stop failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
