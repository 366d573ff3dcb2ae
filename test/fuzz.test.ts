import { fuzz } from "../scripts/fuzz";
import { startHub, type RunningHub } from "./support/hub";

describe("npm run fuzz: bad requests of every kind", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    // 600 requests from one address and one admin in a minute: beyond the rate limits, which would answer most of them 429 before the layers the run aims at
    hub = await startHub({ rateLimits: { points: 100_000, anonymousPoints: 100_000 } });
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("gets no 5xx and no dropped connection from the gateway, mutations included", async () => {
    const report = await fuzz({ origin: new URL(hub.gateway.url).origin, requests: 600, seed: 20191, writes: true });
    expect(report.requests).toBe(600);
    expect(report.failures).toEqual([]);
    // The run reached the layers it aims at: refusals of several kinds, and real answers.
    expect(Object.keys(report.byStatus).length).toBeGreaterThanOrEqual(4);
    expect(report.byStatus["200"]).toBeGreaterThan(0);
    // hostile and malformed plan files among them, every one answered with a reason
    expect(report.byKind["hostile upload"]).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
