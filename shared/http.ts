import http from "node:http";
import type { AddressInfo } from "node:net";
import type express from "express";

export interface RunningServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1-reachable `port` (0 picks a free one) and closes cleanly. */
export async function listen(app: express.Express, port: number, onStop: () => Promise<void>): Promise<RunningServer> {
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    port: actualPort,
    url: `http://localhost:${actualPort}/graphql`,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await onStop();
      })()),
  };
}

/** Stops `stop` on SIGINT/SIGTERM and exits once it has finished. */
export function stopOnSignals(name: string, stop: () => Promise<void>): void {
  const handler = (signal: NodeJS.Signals) => {
    console.log(JSON.stringify({ level: "info", service: name, msg: `received ${signal}, stopping` }));
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
