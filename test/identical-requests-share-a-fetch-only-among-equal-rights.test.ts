import { startGateway } from "../gateway";
import { ALSO_HEADER_BYTES, loggingRequests } from "../gateway/shared-reading-logs";
import { readSupergraph } from "../gateway/supergraph";
import type { Viewer } from "../shared/auth/identity";
import { IDENTITY_HEADER, ALSO_IDENTITIES_HEADER } from "../shared/auth/internal-identity";
import { PROCESSING_LOGGED_EXTENSION } from "../shared/records/context";
import type { RunningServer } from "../shared/service/http";
import { describeWithoutDatabase } from "./support/database-free";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { SlowLink } from "./support/slow-link";

/**
 * Identical requests in flight at once share one fetch to the department only
 * among callers the read rules cannot tell apart: never between a cleared
 * and an uncleared official, nor between provinces; an answer whose reading
 * was logged under its reader's name reaches another official only once it
 * is logged under that official too.
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

  /** Waits until the department holds `count` requests; fails after ten seconds. */
  async function holding(link: SlowLink, count: number): Promise<void> {
    const until = Date.now() + 10_000;
    while (link.holding < count) {
      if (Date.now() > until) throw new Error(`the department holds ${link.holding} requests, not ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  type Reading = { userId: string; operation: string; recordIds: string[]; fields: string[]; note: string };

  /** The readings of contact details the processing log holds under `userId`. */
  async function readingsOf(userId: string): Promise<Reading[]> {
    const log = (
      await queryData(
        hub.gateway.url,
        `{ processingLog(provinceCode: "VN-30", limit: 1000) { userId operation recordIds fields note } }`,
        {},
        { as: DPO },
      )
    ).processingLog as Reading[];
    return log.filter((entry) => entry.userId === userId && entry.operation === "READ");
  }

  /** What the department received since `from`: the agencies read, and the shared readings logged. */
  function sentSince(from: number) {
    const bodies = links.plans.bodies.slice(from);
    return {
      reads: bodies.filter((body) => body.includes("agencies")).length,
      loggings: bodies.filter((body) => body.includes("recordSharedReadings")).length,
    };
  }

  const withPhones = (answer: { data?: any; errors?: unknown }) =>
    !answer.errors && answer.data.agencies.some((g: any) => g.focalPoints.some((f: any) => f.phone));

  it("hands one reading of a person's contact details to officials of equal rights only once it is logged under each of them, in one request for all", async () => {
    const coordinators = Array.from({ length: 4 }, (_, n) => COORDINATOR(n));
    const from = links.plans.bodies.length;
    const arrived: number[] = [];
    const answers = coordinators.map((as, n) => postGraphQL(gateway.url, CONTACTS, {}, { as }).then((a) => (arrived.push(n), a)));
    await holding(links.plans, 1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(links.plans.holding).toBe(1);
    links.plans.release();
    // the other three wait while the department logs the reading under each of them, in one request for the three
    await holding(links.plans, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([links.plans.holding, arrived.length]).toEqual([1, 1]);
    links.plans.release();
    const done = await Promise.all(answers);
    expect(done.every(withPhones)).toBe(true);
    expect(new Set(done.map((a) => JSON.stringify(a.data))).size).toBe(1);
    // the log's entry ids stay between the department and the gateway
    expect(done.filter((a) => JSON.stringify(a).includes(PROCESSING_LOGGED_EXTENSION))).toEqual([]);
    expect(sentSince(from)).toEqual({ reads: 1, loggings: 1 });
    // each official's own entry: the same records and fields, under their own name
    const readings = await Promise.all(coordinators.map((c) => readingsOf(c.userId)));
    expect(readings.map((entries) => entries.length)).toEqual([1, 1, 1, 1]);
    // whichever request reached the gateway first was sent; its reading is its own
    const [sender, ...others] = [...readings].sort(
      (a, b) => Number(a[0].note.includes("answered with")) - Number(b[0].note.includes("answered with")),
    );
    expect(sender[0].note).toMatch(/^request \S+$/);
    for (const entries of others) {
      expect(entries).toHaveLength(1);
      expect([entries[0].recordIds, entries[0].fields]).toEqual([sender[0].recordIds, sender[0].fields]);
      expect(entries[0].note).toMatch(/^request \S+, answered with request \S+$/);
    }
  });

  it("logs one reading under fourteen waiting officials in two requests, at most nine officials to a request", async () => {
    const coordinators = Array.from({ length: 15 }, (_, n) => COORDINATOR(500 + n));
    const from = links.plans.bodies.length;
    const { answers } = await atOnce(links.plans, CONTACTS, coordinators, 1);
    expect(answers.every(withPhones)).toBe(true);
    expect(sentSince(from)).toEqual({ reads: 1, loggings: 2 });
    const readings = await Promise.all(coordinators.map((c) => readingsOf(c.userId)));
    expect(readings.map((entries) => entries.length)).toEqual(coordinators.map(() => 1));
  });

  it("hands the answer only to the officials the department says it logged, and lets the one it did not read for itself", async () => {
    const coordinators = Array.from({ length: 4 }, (_, n) => COORDINATOR(600 + n));
    const from = links.plans.bodies.length;
    // the department logs all three waiting, but answers that the last of them is not
    const { answers } = await links.plans.rewritingAnswers(
      (body) => body.replace(/"recordSharedReadings":\[true,true,true\]/, '"recordSharedReadings":[true,true,false]'),
      () => atOnce(links.plans, CONTACTS, coordinators, 1),
    );
    expect(answers.every(withPhones)).toBe(true);
    expect(sentSince(from)).toEqual({ reads: 2, loggings: 1 });
    // the last official of the logging request, by its token: the first is in x-hub-identity, the others beside it
    const logging = links.plans.bodies.findIndex((body, i) => i >= from && body.includes("recordSharedReadings"));
    const headers = links.plans.headers[logging];
    const tokens = [headers[IDENTITY_HEADER], ...String(headers[ALSO_IDENTITIES_HEADER]).split(",")] as string[];
    expect(tokens).toHaveLength(3);
    const last = JSON.parse(Buffer.from(tokens[2].split(".")[1], "base64url").toString("utf8")).sub;
    const readings = Object.fromEntries(await Promise.all(coordinators.map(async (c) => [c.userId, (await readingsOf(c.userId)).length])));
    expect(readings).toEqual(Object.fromEntries(coordinators.map((c) => [c.userId, c.userId === last ? 2 : 1])));
  });

  it("lets each waiting official read for itself when the department does not know the logging of several at once", async () => {
    const [first, second, third] = [COORDINATOR(700), COORDINATOR(701), COORDINATOR(702)];
    const from = links.plans.bodies.length;
    // a plans department of the earlier version: recordSharedReadings is not in its schema
    const { answers } = await links.plans.rewritingAnswers(
      (body) =>
        body.includes('"recordSharedReadings"')
          ? JSON.stringify({
              errors: [{ message: 'Cannot query field "recordSharedReadings"', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }],
            })
          : body,
      () => atOnce(links.plans, CONTACTS, [first, second, third], 1),
    );
    expect(answers.every(withPhones)).toBe(true);
    expect(sentSince(from)).toEqual({ reads: 3, loggings: 1 });
    // each has a reading of its own (the proxy hid the department's answer, not the logging it did)
    for (const caller of [first, second, third]) {
      const own = (await readingsOf(caller.userId)).filter((entry) => !entry.note.includes("answered with"));
      expect({ caller: caller.userId, own: own.length }).toEqual({ caller: caller.userId, own: 1 });
    }
  });

  it("puts only the officials waiting on one answer in one logging request, at most nine, and the tokens beside the first within 6 KB", () => {
    const short = "t".repeat(600);
    const answers = ["a", "b", "a", "b", "a"].map((entry) => ({ entries: [entry], token: short }));
    expect(loggingRequests(answers)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
    const twelve = Array.from({ length: 12 }, () => ({ entries: ["a"], token: short }));
    expect(loggingRequests(twelve)).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
      [9, 10, 11],
    ]);
    // a token can reach 1.5 KB (long names): four beside the first fit in the header, not five
    const long = Array.from({ length: 7 }, () => ({ entries: ["a"], token: "t".repeat(1500) }));
    expect(loggingRequests(long)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6],
    ]);
    expect(4 * 1500 + 3).toBeLessThanOrEqual(ALSO_HEADER_BYTES);
  });

  it("answers one official's identical contact reads in flight together with one reading, logged once under that official", async () => {
    const same = COORDINATOR(100);
    const other = COORDINATOR(200);
    const from = links.plans.bodies.length;
    const { answers } = await atOnce(links.plans, CONTACTS, [same, same, same, same, other], 1);
    expect(answers.every(withPhones)).toBe(true);
    expect(sentSince(from)).toEqual({ reads: 1, loggings: 1 });
    expect((await readingsOf(same.userId)).length + (await readingsOf(other.userId)).length).toBe(2);
  });

  it("asks the department for itself when the reading cannot be logged under it, once for all its identical requests, and is logged by its own reading", async () => {
    const [first, second] = [COORDINATOR(300), COORDINATOR(301)];
    const from = links.plans.bodies.length;
    links.plans.refusing = /recordSharedReading/;
    try {
      const { answers } = await atOnce(links.plans, CONTACTS, [first, second, second, second], 1);
      expect(answers.every(withPhones)).toBe(true);
    } finally {
      links.plans.refusing = undefined;
    }
    expect(sentSince(from)).toEqual({ reads: 2, loggings: 1 });
    for (const caller of [first, second]) {
      const entries = await readingsOf(caller.userId);
      expect({ caller: caller.userId, notes: entries.map((e) => e.note.includes("answered with")) }).toEqual({
        caller: caller.userId,
        notes: [false],
      });
    }
  });

  it("hands no other official an answer a department of the earlier version marked only as logged, without its entries", async () => {
    const [first, second] = [COORDINATOR(400), COORDINATOR(401)];
    const from = links.plans.bodies.length;
    const { answers } = await links.plans.rewritingAnswers(
      (body) => {
        const answer = JSON.parse(body);
        if (answer.extensions) delete answer.extensions[PROCESSING_LOGGED_EXTENSION];
        return JSON.stringify(answer);
      },
      () => atOnce(links.plans, CONTACTS, [first, second, second], 1),
    );
    expect(answers.every(withPhones)).toBe(true);
    expect(sentSince(from)).toEqual({ reads: 2, loggings: 0 });
    for (const caller of [first, second])
      expect({ caller: caller.userId, readings: (await readingsOf(caller.userId)).length }).toEqual({ caller: caller.userId, readings: 1 });
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
