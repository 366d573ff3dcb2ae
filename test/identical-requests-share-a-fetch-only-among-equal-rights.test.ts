import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import type { Viewer } from "../shared/auth/identity";
import type { RunningServer } from "../shared/service/http";
import { describeWithoutDatabase } from "./support/database-free";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { SlowLink } from "./support/slow-link";

/**
 * Identical requests in flight at once share one fetch to the department only
 * among callers the read rules cannot tell apart: never between a cleared
 * and an uncleared official, nor between provinces, and never an answer
 * whose reading was logged under its reader's name.
 */

const EVENTS = `{ tradeEvents(provinceCode: "VN-30") { id classification } }`;
const CONTACTS = `{ agencies(provinceCode: "VN-30") { id focalPoints { id phone } } }`;
const CLEARED_EDITOR = (n: number) =>
  official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", clearance: "SECRET", userId: `cleared.${n}` });
const UNCLEARED_EDITOR = (n: number) => official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: `uncleared.${n}` });
const VIEWER = (province: string, n: number) => official({ provinceCode: province, agencyCode: "SNGV", userId: `viewer.${province}.${n}` });
const COORDINATOR = (n: number) =>
  official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator", userId: `coordinator.${n}` });
const DPO = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "dpo" });

type Classified = { id: string; classification: string };

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("identical requests share a fetch only among callers with equal rights", () => {
  let hub: RunningHub;
  let gateway: RunningServer;
  const links: Record<string, SlowLink> = {};

  beforeAll(async () => {
    hub = await startHub();
    for (const name of ["trade", "plans"]) {
      links[name] = new SlowLink(hub.subgraphs[name].url);
      await links[name].open();
    }
    gateway = await startGateway({
      port: 0,
      supergraphSdl: readSupergraph(),
      subgraphUrls: {
        ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])),
        trade: links.trade.url,
        plans: links.plans.url,
      },
    });
    // a state secret among Gia Lai's trade events
    await queryData(
      hub.gateway.url,
      `mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id } }`,
      {
        input: {
          provinceCode: "VN-30",
          name: "Phiên giao thương mật",
          kind: "BUSINESS_MATCHING",
          startsOn: "2026-12-10",
          classification: "SECRET",
          agencyIds: ["VN-30-SNGV"],
        },
      },
      { as: CLEARED_EDITOR(0) },
    );
  });
  afterAll(async () => {
    for (const link of Object.values(links)) await link.close();
    await gateway?.stop();
    await hub?.stop();
  });

  /** Sends every caller's request at once while the department holds them, then lets it answer; returns the answers and the requests it got. */
  async function atOnce(link: SlowLink, query: string, callers: Viewer[], distinct: number) {
    const before = link.received;
    const answers = callers.map((as) => postGraphQL(gateway.url, query, {}, { as }));
    while (link.holding < distinct) await new Promise((resolve) => setTimeout(resolve, 20));
    // every caller's request has reached the gateway's fetch by now; the department holds only the distinct ones
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const held = link.holding;
    // from now on the department answers at once, also what is sent after the first answers (an answer that may not be shared)
    const answering = setInterval(() => link.release(), 10);
    const done = await Promise.all(answers).finally(() => clearInterval(answering));
    return { answers: done, held, sent: link.received - before };
  }

  it("sends one request for eight viewers of one province asking the same at the same moment, and answers each alike", async () => {
    const viewers = Array.from({ length: 8 }, (_, n) => VIEWER("VN-30", n));
    const { answers, sent } = await atOnce(links.trade, EVENTS, viewers, 1);
    expect(sent).toBe(1);
    const first = JSON.stringify(answers[0].data);
    expect(answers.every((a) => !a.errors && JSON.stringify(a.data) === first)).toBe(true);
    expect(answers[0].data.tradeEvents.length).toBeGreaterThan(0);
  });

  it("never hands a cleared officer's answer to an uncleared one: one request for each, and no secret to the uncleared", async () => {
    const callers = Array.from({ length: 10 }, (_, n) => (n % 2 ? CLEARED_EDITOR(n) : UNCLEARED_EDITOR(n)));
    const { answers, sent, held } = await atOnce(links.trade, EVENTS, callers, 2);
    expect([held, sent]).toEqual([2, 2]);
    answers.forEach((answer, n) => {
      const levels = new Set((answer.data.tradeEvents as Classified[]).map((e) => e.classification));
      expect([n % 2 ? "cleared" : "uncleared", levels.has("SECRET")]).toEqual([n % 2 ? "cleared" : "uncleared", n % 2 === 1]);
    });
  });

  it("never shares between provinces", async () => {
    const callers = Array.from({ length: 8 }, (_, n) => VIEWER(n % 2 ? "VN-44" : "VN-30", n));
    const { answers, sent } = await atOnce(links.trade, EVENTS, callers, 2);
    expect(sent).toBe(2);
    answers.forEach((answer, n) => {
      const levels = (answer.data.tradeEvents as Classified[]).map((e) => e.classification);
      // Gia Lai's internal events are for Gia Lai's officials only
      expect([n, levels.includes("INTERNAL")]).toEqual([n, n % 2 === 0]);
    });
  });

  it("does not share an answer whose reading of a person's contact details was logged under its reader: each reader asks, and each is logged", async () => {
    const coordinators = Array.from({ length: 4 }, (_, n) => COORDINATOR(n));
    const { answers, sent } = await atOnce(links.plans, CONTACTS, coordinators, 1);
    expect(answers.every((a) => !a.errors && a.data.agencies.some((g: any) => g.focalPoints.some((f: any) => f.phone)))).toBe(true);
    expect(sent).toBe(4);
    const log = (
      await queryData(hub.gateway.url, `{ processingLog(provinceCode: "VN-30", limit: 1000) { userId operation } }`, {}, { as: DPO })
    ).processingLog as { userId: string; operation: string }[];
    for (const coordinator of coordinators) expect(log).toContainEqual({ userId: (coordinator as any).userId, operation: "READ" });
    // learnt: the same question from such callers now goes straight to the department, none waiting for another
    const again = await atOnce(links.plans, CONTACTS, coordinators, 4);
    expect([again.held, again.sent]).toEqual([4, 4]);
  });

  /** How many readings of contact details the processing log holds under `userId`. */
  async function readingsLoggedFor(userId: string): Promise<number> {
    const log = (
      await queryData(hub.gateway.url, `{ processingLog(provinceCode: "VN-30", limit: 1000) { userId operation } }`, {}, { as: DPO })
    ).processingLog as { userId: string; operation: string }[];
    return log.filter((entry) => entry.userId === userId && entry.operation === "READ").length;
  }

  it("answers one official's identical contact reads in flight together with one reading, logged once under that official, never another's", async () => {
    // a document not yet seen, then the same again once the gateway knows its answers are logged under their reader
    for (const [round, query] of [CONTACTS.replace("phone", "phone email"), CONTACTS].entries()) {
      const same = COORDINATOR(100 + round);
      const other = COORDINATOR(200 + round);
      const callers = [same, same, same, same, other];
      const { answers, sent } = await atOnce(links.plans, query, callers, round === 0 ? 1 : 2);
      expect(answers.every((a) => !a.errors && a.data.agencies.some((g: any) => g.focalPoints.some((f: any) => f.phone)))).toBe(true);
      // the first round: the other official waited for the first answer, saw it logged under its reader, and asked for itself
      expect({ round, sent }).toEqual({ round, sent: 2 });
      expect({ round, same: await readingsLoggedFor(same.userId) }).toEqual({ round, same: 1 });
      expect({ round, other: await readingsLoggedFor(other.userId) }).toEqual({ round, other: 1 });
    }
  });

  it("sends every request when deduplication is off", async () => {
    const saved = process.env.HUB_DEDUPLICATE_REQUESTS;
    process.env.HUB_DEDUPLICATE_REQUESTS = "off";
    const plain = await startGateway({
      port: 0,
      supergraphSdl: readSupergraph(),
      subgraphUrls: { ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])), trade: links.trade.url },
    });
    if (saved === undefined) delete process.env.HUB_DEDUPLICATE_REQUESTS;
    else process.env.HUB_DEDUPLICATE_REQUESTS = saved;
    try {
      const before = links.trade.received;
      const answers = Array.from({ length: 4 }, (_, n) => postGraphQL(plain.url, EVENTS, {}, { as: VIEWER("VN-30", n) }));
      while (links.trade.holding < 4) await new Promise((resolve) => setTimeout(resolve, 20));
      links.trade.release();
      await Promise.all(answers);
      expect(links.trade.received - before).toBe(4);
    } finally {
      await plain.stop();
    }
  });
});
