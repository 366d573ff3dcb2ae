import http from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { IDENTITY_HEADER } from "../shared/auth/internal-identity";

export interface BareHop {
  url: string;
  close(): Promise<void>;
}

/**
 * The least any gateway adds to a call: one more HTTP exchange on the same
 * machine, with no GraphQL work at all. It passes each request's body and
 * identity to the subgraph as they came and the answer back as it came, over
 * a kept-alive connection as the gateway does. The benchmark runs it beside the
 * gateway so the gateway's overhead reads against what the hop alone costs.
 */
export async function startBareHop(target: string): Promise<BareHop> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const identity = req.headers[IDENTITY_HEADER];
      request(target, {
        method: "POST",
        headers: { "content-type": "application/json", ...(typeof identity === "string" ? { [IDENTITY_HEADER]: identity } : {}) },
        body: Buffer.concat(chunks),
      })
        .then(async (answer) => {
          const body = Buffer.from(await answer.body.arrayBuffer());
          res.writeHead(answer.statusCode, { "content-type": "application/json", "content-length": body.length });
          res.end(body);
        })
        .catch(() => {
          res.writeHead(502).end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
