import childProcess from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";

/**
 * The benchmark drives its loads from one process of its own, kept from one
 * load to the next (`bench/drive.ts`): each load still counts only its own
 * answers, and loads run one at a time. The built code is tested, as
 * `npm run bench` runs it: the load process is the built `load-worker.js`.
 */
// the load process reads no database: once, in the first pass
describeWithoutDatabase("the benchmark's loads", () => {
  const built = path.join(REPOSITORY_ROOT, "dist/bench/drive.js");
  let drive: typeof import("../bench/drive");
  let server: http.Server;
  let url = "";
  beforeAll(async () => {
    expect(fs.existsSync(built)).toBe(true); // `npm test` builds first
    drive = (await import(built)) as typeof import("../bench/drive");
    // answers an error on /refusing, data elsewhere, as a GraphQL server would
    server = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const body = req.url === "/refusing" ? { errors: [{ message: "refused here" }] } : { data: { ok: true } };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await drive?.stopDriving();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  const job = (where: string) => ({
    url: `${url}${where}`,
    headers: { "content-type": "application/json" },
    body: "{}",
    connections: 2,
    seconds: 1,
  });

  it("counts each load's errors apart, though one process sends every load", async () => {
    const fork = jest.spyOn(childProcess, "fork");
    try {
      const refused = await drive.drive(job("/refusing"));
      expect(refused.errors.graphql).toBe(refused.requests);
      expect(refused.firstError).toBe("refused here");
      const answered = await drive.drive(job("/graphql"));
      expect(answered.requests).toBeGreaterThan(0);
      expect(answered.errors).toEqual({ non2xx: 0, graphql: 0, socket: 0, timeouts: 0, total: 0 });
      expect(answered.firstError).toBeUndefined();
      expect(fork).toHaveBeenCalledTimes(1); // the first load's process sent the second
    } finally {
      fork.mockRestore();
    }
  });

  it("refuses a second load while one runs, and takes the next once it is done", async () => {
    const first = drive.drive(job("/graphql"));
    await expect(drive.drive(job("/graphql"))).rejects.toThrow("a load is already running");
    expect((await first).errors.total).toBe(0);
    expect((await drive.drive(job("/graphql"))).errors.total).toBe(0);
  });
});
