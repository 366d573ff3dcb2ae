import http from "node:http";
import type { AddressInfo } from "node:net";
import { departmentFetch, isTimeout } from "../shared/core/transport";
import { describeWithoutDatabase } from "./support/database-free";

/**
 * The gateway's calls to departments (`shared/core/transport.ts`): the time
 * limit covers the whole exchange, the answer's body too, and goes away with
 * an answer read in time instead of firing later for nothing.
 */
describeWithoutDatabase("a department call is bounded by its time limit", () => {
  let server: http.Server;
  let url: string;
  const stalled: http.ServerResponse[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/silent") return void stalled.push(res); // never answers
      if (req.url === "/half") {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"data":');
        return void stalled.push(res); // the rest of the body never comes
      }
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ data: { ok: true } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const res of stalled) res.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  afterEach(() => jest.restoreAllMocks());

  it("gives up on a department that does not answer, as a timeout", async () => {
    const started = Date.now();
    const error = await departmentFetch()(`${url}/silent`, { method: "POST", body: "{}", timeoutMs: 300 }).catch((e: unknown) => e);
    expect(isTimeout(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on an answer whose body stops coming, as a timeout", async () => {
    const answer = await departmentFetch()(`${url}/half`, { method: "POST", body: "{}", timeoutMs: 300 });
    expect(answer.status).toBe(200);
    const error = await answer.json().catch((e: unknown) => e);
    expect(isTimeout(error)).toBe(true);
  });

  it("reads an answer in time with its status and headers, and its time limit never fires afterwards", async () => {
    const abort = jest.spyOn(AbortController.prototype, "abort");
    const answer = await departmentFetch()(`${url}/ok`, { method: "POST", body: "{}", timeoutMs: 2000 });
    expect([answer.ok, answer.status, answer.statusText, answer.headers.get("Content-Type"), answer.headers.get("cache-control")]).toEqual([
      true,
      200,
      "OK",
      "application/json",
      "no-store",
    ]);
    expect(await answer.json()).toEqual({ data: { ok: true } });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(abort).not.toHaveBeenCalled();
    // and the same watch sees a limit that does fire
    await departmentFetch()(`${url}/silent`, { method: "POST", body: "{}", timeoutMs: 100 }).catch(() => undefined);
    expect(abort).toHaveBeenCalled();
  });
});
