import http from "node:http";
import type { AddressInfo } from "node:net";

/** An HTTP proxy to a department that holds each request until released, counting how many it holds at once. */
export class SlowLink {
  private server?: http.Server;
  private held: (() => void)[] = [];
  holding = 0;
  /** Requests received in all. */
  received = 0;
  /** Every request's body, in order of arrival, and its headers. */
  bodies: string[] = [];
  headers: http.IncomingHttpHeaders[] = [];
  /** Requests whose body this matches are not passed on: answered at once with 503, as by a department that is down. */
  refusing?: RegExp;
  /** Changes each answer's body on its way back (a department of another version, say). */
  rewriting?: (body: string) => string;
  mostHeld = 0;
  firstReleasedAt = Infinity;
  url = "";
  constructor(private readonly target: string) {}

  async open(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        this.bodies.push(body);
        this.headers.push(req.headers);
        if (this.refusing?.test(body)) {
          res.writeHead(503, { "content-type": "text/plain" }).end("down");
          return;
        }
        this.received++;
        this.holding++;
        this.mostHeld = Math.max(this.mostHeld, this.holding);
        this.held.push(async () => {
          this.holding--;
          const answer = await fetch(this.target, {
            method: "POST",
            headers: req.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          });
          res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
          const body = Buffer.from(await answer.arrayBuffer());
          res.end(this.rewriting ? Buffer.from(this.rewriting(body.toString("utf8"))) : body);
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/graphql`;
  }

  /** Runs `work` with each answer's body changed by `rewrite` on its way back, and stops changing them after. */
  async rewritingAnswers<T>(rewrite: (body: string) => string, work: () => Promise<T>): Promise<T> {
    this.rewriting = rewrite;
    try {
      return await work();
    } finally {
      this.rewriting = undefined;
    }
  }

  release(): void {
    if (this.held.length && this.firstReleasedAt === Infinity) this.firstReleasedAt = Date.now();
    for (const go of this.held.splice(0)) void go();
  }

  async close(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
