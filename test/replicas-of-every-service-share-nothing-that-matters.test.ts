import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { ALSO_IDENTITIES_HEADER, createIdentitySigner, IDENTITY_HEADER } from "../shared/auth/internal-identity";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { verifyAuditChain } from "../shared/records/audit";
import { DEPARTMENTS } from "../subgraphs/departments";
import { daysFromToday, dmy } from "./support/dates";
import { gatewayProcess, subgraphProcess } from "./support/gateway-process";
import { credentialsFor, official, queryData, registerSubgraphUrl } from "./support/graphql-client";
import { startHaproxy, type RunningHaproxy } from "./support/haproxy";
import { plansDatabaseEnv, startHub, type RunningHub } from "./support/hub";
import { startRedis, type RunningRedis } from "./support/redis";
import { RetryingClient } from "./support/retrying-client";
import { startSmtpServer } from "./support/smtp";
import { ON_MYSQL } from "./support/test-database";

/*
 * Production runs several of each service: here two gateway processes behind
 * one haproxy, and two processes of the plans department on one MySQL
 * database behind another, as the gateways reach it. What the replicas
 * must agree on lives in shared stores (rate limits and sessions in Redis;
 * records, idempotency keys, the audit chain and the reminder scheduler's
 * lease in the department's database), so requests, writes and reminders stay
 * right whichever replica serves them, and when one dies mid-load.
 */
const CULTURE = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator", userId: "replicas.culture" });
const POINTS = 100;
const ANONYMOUS_POINTS = 30;
const CLIENTS = 6;
const CREATES_PER_CLIENT = 20;
const MARK = `Replica ${randomUUID().slice(0, 6)}`;

const DEADLINES = `{ plan(id: "VN-30-2026") { reportingDeadlines { id version period } } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $input: ReportingDeadlineInput!) { updateReportingDeadline(id: $id, version: $version, input: $input) { version } }`;
const CREATE = `mutation ($input: FocalPointInput!) { createFocalPoint(input: $input) { id fullName } }`;
const FOCAL_POINTS = `{ agencies(provinceCode: "VN-30") { id focalPoints { id fullName } } }`;
const PROBE = (name = "Probe") => `query ${name} { plan(id: "VN-30-2026") { id reportingDeadlines { period } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kill = async (child: ChildProcess) => {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGKILL");
  await exited;
};
/** GraphQL requests a service has answered, from its metrics (operators only: this machine, in development). */
const answered = async (port: number) =>
  (await (await fetch(`http://127.0.0.1:${port}/metrics`)).text())
    .split("\n")
    .filter((line) => line.startsWith("hub_graphql_request_duration_seconds_count"))
    .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);

(ON_MYSQL ? describe : describe.skip)("replicas of every service share nothing that matters", () => {
  let hub: RunningHub;
  let redis: RunningRedis;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let plansBalancer: RunningHaproxy;
  let front: RunningHaproxy;
  let url: string;
  const plans: Awaited<ReturnType<typeof subgraphProcess>>[] = [];
  const gateways: { port: number; child: ChildProcess }[] = [];
  const children: ChildProcess[] = [];
  const sql = (query: string, parameters: unknown[] = []) => hub.subgraphs.plans.database.dataSource.query(query, parameters);
  const leaseHolder = async () => String((await sql("SELECT holder FROM scheduler_lease WHERE name = 'reminders'"))[0]?.holder ?? "");
  const moveDeadline = async (period: string, dueOn: string) => {
    const deadline = (await queryData(url, DEADLINES, {}, { as: CULTURE })).plan.reportingDeadlines.find(
      (d: { period: string }) => d.period === period,
    );
    const input = { planId: "VN-30-2026", period, dueOn, rawText: `trước ngày ${dmy(dueOn)}` };
    await queryData(url, MOVE, { id: deadline.id, version: deadline.version, input }, { as: CULTURE });
  };

  beforeAll(async () => {
    [hub, redis, smtp] = await Promise.all([startHub(), startRedis(), startSmtpServer()]);
    // the six-month report fell due three days ago; the trade department's officer has an address
    url = hub.gateway.url;
    await moveDeadline("SEMI_ANNUAL", daysFromToday(-3));
    await moveDeadline("ANNUAL", daysFromToday(40));
    await queryData(
      url,
      CREATE,
      { input: { agencyId: "VN-30-SCT", role: "OFFICER", fullName: "Nguyễn Thị Hoa", email: "hoa.sct@gialai.gov.vn" } },
      { as: official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" }) },
    );

    // two plans processes on the hub's plans database, each running the reminder scheduler every second
    const plansEnv = {
      PLANS_DATABASE_URL: plansDatabaseEnv(hub).PLANS_DATABASE_URL,
      HUB_REMINDERS: "on",
      HUB_REMINDER_INTERVAL_SECONDS: "1",
      HUB_REMINDER_LEASE_SECONDS: "3",
      HUB_SMTP_URL: smtp.url,
      HUB_LOG_LEVEL: "warn",
    };
    plans.push(...(await Promise.all([0, 1].map(() => subgraphProcess("plans", plansEnv, children)))));
    plansBalancer = await startHaproxy({ plans: plans.map((p) => `127.0.0.1:${p.port}`) });

    // two gateways, the plans department reached through its balancer, limits and sessions in one Redis
    const departments = Object.fromEntries(
      DEPARTMENTS.map((d) => [`${d.env}_URL`, d.name === "plans" ? `${plansBalancer.urls.plans}/graphql` : hub.subgraphs[d.name].url]),
    );
    const gatewayEnv = {
      ...departments,
      HUB_RATE_LIMIT_STORE: "redis",
      HUB_RATE_LIMIT_REDIS_URL: redis.url,
      HUB_SESSION_STORE: "redis",
      HUB_RATE_LIMIT_POINTS: String(POINTS),
      HUB_RATE_LIMIT_ANONYMOUS_POINTS: String(ANONYMOUS_POINTS),
      HUB_RATE_LIMIT_MUTATION_WEIGHT: "1",
      HUB_RATE_LIMIT_WINDOW_SECONDS: "3600",
      HUB_TRUSTED_PROXIES: "loopback",
      HUB_LOG_LEVEL: "warn",
    };
    for (const started of await Promise.all([0, 1].map(() => gatewayProcess(gatewayEnv, children)))) {
      if (!started.url) throw new Error(`a gateway did not start: ${started.output}`);
      gateways.push({ port: Number(new URL(started.url).port), child: started.child });
    }
    front = await startHaproxy({ gateways: gateways.map((g) => `127.0.0.1:${g.port}`) });
    url = `${front.urls.gateways}/graphql`;
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await Promise.all([front?.stop(), plansBalancer?.stop()]);
    await Promise.all([hub?.stop(), redis?.stop(), smtp?.stop()]);
  });

  it("spreads requests over both gateways and both plans processes, each answering the same", async () => {
    const before = await Promise.all([...gateways, ...plans].map((s) => answered(s.port)));
    // twelve documents: identical ones in flight together would share one fetch to the department
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => queryData(url, PROBE(`Probe${i}`), {}, { as: CULTURE })));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].plan.reportingDeadlines.length).toBeGreaterThan(0);
    const after = await Promise.all([...gateways, ...plans].map((s) => answered(s.port)));
    const served = after.map((n, i) => n - before[i]);
    // round-robin: six requests to each gateway; both plans processes share the gateways' twelve fetches (the
    // balancer's turn is shared by both gateways, and a plans process also counts its scheduler's own queries)
    expect(served.slice(0, 2)).toEqual([6, 6]);
    expect(Math.min(...served.slice(2))).toBeGreaterThanOrEqual(3);
    expect(served[2] + served[3]).toBeGreaterThanOrEqual(12);
  });

  it("counts an official's points and an address's points once across both gateways, and a sign-out holds on both", async () => {
    const caller = official({ provinceCode: "VN-30", role: "viewer", userId: "replicas.rate.limited" });
    const headers = { "content-type": "application/json", authorization: `Bearer ${await signDevelopmentToken(caller)}` };
    const body = JSON.stringify({ query: PROBE() });
    // a gateway's answer: a moment when the balancer has taken both gateways out (a slow health check under a
    // busy machine) answers its own 503, which reached no gateway and counted no point, so it is sent again
    const answer = async (init: RequestInit) => {
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(url, init);
        const text = await response.text();
        if (response.status !== 503 || !/No server is available/.test(text) || attempt === 50) return response.status;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const statuses: number[] = [];
    for (let i = 0; i < POINTS + 20; i++) statuses.push(await answer({ method: "POST", headers, body }));
    expect(statuses.filter((s) => s === 200).length).toBe(POINTS);
    expect(statuses.slice(POINTS).every((s) => s === 429)).toBe(true);

    // anonymous callers are told apart by the address the balancer saw, not by the balancer's own
    const fromAddress = async (address: string, count: number) => {
      const seen: number[] = [];
      for (let i = 0; i < count; i++)
        seen.push(await answer({ method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": address }, body }));
      return seen;
    };
    const first = await fromAddress("198.51.100.7", ANONYMOUS_POINTS + 10);
    expect(first.filter((s) => s === 200).length).toBe(ANONYMOUS_POINTS);
    expect(await fromAddress("198.51.100.8", 10)).toEqual(Array(10).fill(200));

    const signedOut = await signDevelopmentToken(official({ provinceCode: "VN-30", role: "viewer", userId: "replicas.signed.out" }));
    const bearer = { "content-type": "application/json", authorization: `Bearer ${signedOut}` };
    expect((await fetch(url, { method: "POST", headers: bearer, body })).status).toBe(200);
    expect((await fetch(`${front.urls.gateways}/auth/sign-out`, { method: "POST", headers: bearer })).status).toBe(204);
    const afterSignOut = await Promise.all([0, 1, 2, 3].map(() => fetch(url, { method: "POST", headers: bearer, body })));
    expect(afterSignOut.map((r) => r.status)).toEqual([401, 401, 401, 401]);
  });

  it("refuses a write the gateway vouched for once when it is sent again to the other plans process", async () => {
    const editor = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: "replicas.replayed" });
    const fullName = `Replayed ${MARK}`;
    const body = JSON.stringify({ query: CREATE, variables: { input: { agencyId: "VN-30-SCT", role: "OFFICER", fullName } } });
    for (const replica of plans) registerSubgraphUrl(replica.url, "plans");
    // one identity, made by the gateway's key for this very body, as if captured on its way to the first process
    const headers = { "content-type": "application/json", ...(await credentialsFor(plans[0].url, editor, body)) };
    const first = await fetch(plans[0].url, { method: "POST", headers, body });
    expect(first.status).toBe(200);
    expect(((await first.json()) as any).data.createFocalPoint.fullName).toBe(fullName);
    // the other process refuses it at its write (the database knows the identity wrote), the first at the door
    for (const replica of [plans[1], plans[0]]) {
      const again = (await (await fetch(replica.url, { method: "POST", headers, body })).json()) as any;
      expect(again.data?.createFocalPoint).toBeUndefined();
      expect(again.errors[0]).toEqual(
        expect.objectContaining({
          message: expect.stringContaining("forwarded by the hub's gateway"),
          extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }),
        }),
      );
    }
    const rows = await sql(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE operation = 'createFocalPoint' AND outcome = 'ALLOWED' AND userId = ?",
      [editor.userId],
    );
    expect(Number(rows[0].n)).toBe(1);
  });

  it("logs a shared reading, an export and a REST call once when the gateway's request for it is sent again to the other plans process", async () => {
    const coordinator = (userId: string) => official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator", userId });
    const [reader, first, beside] = ["replicas.reader", "replicas.first", "replicas.beside"].map(coordinator);
    for (const replica of plans) registerSubgraphUrl(replica.url, "plans");
    const post = async (replica: { url: string }, body: string, headers: Record<string, string>) => {
      const answer = await fetch(replica.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
      return { status: answer.status, body: (await answer.json()) as any };
    };
    const logged = async (userId: string, operation: string) =>
      Number((await sql("SELECT COUNT(*) AS n FROM processing_log WHERE userId = ? AND operation = ?", [userId, operation]))[0].n);
    // refused by the database, where the write records the identity's use: the other process never saw the token
    const refusedAtTheWrite = (answer: { status: number; body: any }) =>
      answer.status === 200 && answer.body.errors?.[0]?.extensions?.code === "UNAUTHENTICATED" && answer.body.data === null;

    // a reading of contact details, as the gateway asks it: the department names its log entry for the gateway
    const readBody = JSON.stringify({ query: FOCAL_POINTS.replace("fullName", "fullName phone email"), variables: {} });
    const reading = await post(plans[0], readBody, await credentialsFor(plans[0].url, reader, readBody));
    const entries = reading.body.extensions.hubProcessingLogged as string[];
    expect(entries.length).toBeGreaterThan(0);

    // the gateway's one request logging it under two more officials, as if captured on its way to the first process
    const shareBody = JSON.stringify({
      query: `mutation ($entries: [ID!]!) { recordSharedReadings(entries: $entries) }`,
      variables: { entries },
    });
    const sign = await createIdentitySigner();
    const besideToken = await sign(beside, "plans", "replicas-beside-request", shareBody);
    const firstToken = (await credentialsFor(plans[0].url, first, shareBody))[IDENTITY_HEADER];
    const shareHeaders = { [IDENTITY_HEADER]: firstToken, [ALSO_IDENTITIES_HEADER]: besideToken };
    expect((await post(plans[0], shareBody, shareHeaders)).body.data).toEqual({ recordSharedReadings: [true, true] });
    // sent again to the other process: the first official's token alone, then the one beside it as the request's own
    const replays = [
      await post(plans[1], shareBody, { [IDENTITY_HEADER]: firstToken }),
      await post(plans[1], shareBody, { [IDENTITY_HEADER]: besideToken }),
    ];
    expect(replays.map(refusedAtTheWrite)).toEqual([true, true]);
    // and as it was, to the first process, which refuses it at the door
    expect((await post(plans[0], shareBody, shareHeaders)).status).toBe(401);
    expect([await logged(first.userId, "READ"), await logged(beside.userId, "READ")]).toEqual([1, 1]);

    // an export the official recorded once is recorded once
    const exporter = coordinator("replicas.exporter");
    const exportBody = JSON.stringify({
      query: `mutation ($ids: [ID!]!) { recordContactExport(focalPointIds: $ids, format: "csv") }`,
      variables: { ids: reading.body.data.agencies.flatMap((a: { focalPoints: { id: string }[] }) => a.focalPoints.map((f) => f.id)) },
    });
    const exportHeaders = await credentialsFor(plans[0].url, exporter, exportBody);
    const exported = await post(plans[0], exportBody, exportHeaders);
    expect(exported.body.data.recordContactExport).toBeGreaterThan(0);
    expect(refusedAtTheWrite(await post(plans[1], exportBody, exportHeaders))).toBe(true);
    expect(await logged(exporter.userId, "EXPORT")).toBe(1);

    // a REST call the gateway had checked and audited once is audited once
    const { createApiClient: client } = await queryData(
      hub.gateway.url,
      `mutation { createApiClient(input: { provinceCode: "VN-30", agencyCode: "VPUBND", name: "Replayed platform", scopes: [PLANS_READ] }) { clientId secret } }`,
    );
    const callBody = JSON.stringify({
      query: `mutation ($clientId: String!, $secret: String!, $call: String!) { authenticateApiClient(clientId: $clientId, secret: $secret, call: $call) { id } }`,
      variables: { clientId: client.clientId, secret: client.secret, call: "GET /api/rest/plans" },
    });
    const callHeaders = await credentialsFor(plans[0].url, "anonymous", callBody);
    expect((await post(plans[0], callBody, callHeaders)).body.data).toEqual({ authenticateApiClient: { id: client.clientId } });
    expect(refusedAtTheWrite(await post(plans[1], callBody, callHeaders))).toBe(true);
    const calls = await sql("SELECT COUNT(*) AS n FROM audit_entry WHERE operation = 'callRestApi' AND recordId = ?", [client.clientId]);
    expect(Number(calls[0].n)).toBe(1);
  });

  it("makes each idempotent create once, with one audit entry and an intact chain, while a plans process and a gateway are killed mid-load", async () => {
    // the scheduler's lease holder is the plans process to kill: the next test needs its successor
    const holding = async () => {
      const holder = await leaseHolder();
      return plans.find((p) => holder.includes(`:${p.child.pid}:`));
    };
    const waitUntil = Date.now() + 20_000;
    while (!(await holding()) && Date.now() < waitUntil) await sleep(200);
    const victim = (await holding())!;
    expect(victim).toBeDefined();

    let acknowledged = 0;
    const total = CLIENTS * CREATES_PER_CLIENT;
    const killedAt: number[] = [];
    const faults = (async () => {
      while (acknowledged < total * 0.3) await sleep(10);
      killedAt.push(acknowledged);
      await kill(victim.child);
      while (acknowledged < total * 0.6) await sleep(10);
      killedAt.push(acknowledged);
      await kill(gateways[1].child);
    })();
    const senders = Array.from({ length: CLIENTS }, (_, client) => {
      const editor = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: `replicas.editor.${client}` });
      return new RetryingClient(url, editor, 60_000);
    });
    const made = await Promise.all(
      senders.map(async (sender, client) => {
        const mine: { id: string; fullName: string }[] = [];
        for (let i = 0; i < CREATES_PER_CLIENT; i++) {
          const fullName = `${MARK} ${client}-${i}`;
          const input = { agencyId: "VN-30-SCT", role: "OFFICER", fullName, email: `replica.${client}.${i}@gialai.gov.vn` };
          const answer = await sender.untilAnswered(CREATE, { input }, randomUUID());
          expect(answer.errors).toBeUndefined();
          mine.push(answer.data.createFocalPoint);
          acknowledged += 1;
        }
        return mine;
      }),
    );
    await faults;
    // both died mid-load, with requests of six clients coming in
    expect(killedAt.every((at) => at < total * 0.8)).toBe(true);

    const written = made.flat();
    const listed = (await queryData(url, FOCAL_POINTS, {}, { as: CULTURE })).agencies
      .flatMap((a: { focalPoints: { id: string; fullName: string }[] }) => a.focalPoints)
      .filter((f: { fullName: string }) => f.fullName.startsWith(MARK));
    expect(listed.length).toBe(total);
    expect(new Set(listed.map((f: { fullName: string }) => f.fullName)).size).toBe(total);
    expect(listed.map((f: { id: string }) => f.id).sort()).toEqual(written.map((f) => f.id).sort());

    const entries = await sql(
      "SELECT recordId, COUNT(*) AS n FROM audit_entry WHERE operation = 'createFocalPoint' AND outcome = 'ALLOWED' GROUP BY recordId",
    );
    const counts = new Map<string, number>(entries.map((e: { recordId: string; n: unknown }) => [e.recordId, Number(e.n)]));
    expect(written.map((f) => counts.get(f.id) ?? 0)).toEqual(Array(total).fill(1));
    const chain = await verifyAuditChain(hub.subgraphs.plans.database.dataSource);
    expect(chain).toEqual(expect.objectContaining({ intact: true }));
  }, 180_000);

  it("sends each reminder once, from one plans process at a time, the survivor taking over from the one that died", async () => {
    // the first sender sent the missing six-month report's reminders before it died
    const subject = (m: { subject?: string }) => m.subject ?? "";
    expect(smtp.messages.some((m) => subject(m).startsWith("Đôn đốc gửi báo cáo chưa nộp 6 tháng đầu năm 2026"))).toBe(true);

    // now the annual report falls due in five days: the survivor, once the dead one's lease runs out, reminds
    await moveDeadline("ANNUAL", daysFromToday(5));
    const survivor = plans.find((p) => p.child.exitCode === null && p.child.signalCode === null)!;
    const deadline = Date.now() + 30_000;
    while (!smtp.messages.some((m) => subject(m).startsWith("Nhắc hạn gửi báo cáo năm 2026"))) {
      if (Date.now() > deadline) throw new Error("no reminder of the annual deadline in 30 s");
      await sleep(200);
    }
    expect(await leaseHolder()).toContain(`:${survivor.child.pid}:`);
    await sleep(2500); // a few more of the survivor's runs: they must send nothing again

    // one e-mail for each reminder recorded as sent: none went out from both processes
    const sent = await sql("SELECT subject FROM reminder_message WHERE status = 'SENT'");
    expect(smtp.messages.length).toBeGreaterThan(1);
    expect(smtp.messages.map(subject).sort()).toEqual(sent.map((row: { subject: string }) => row.subject).sort());
    const twice = await sql(
      "SELECT agencyId, deadlineId, stepKey FROM reminder_message GROUP BY agencyId, deadlineId, stepKey HAVING COUNT(*) > 1",
    );
    expect(twice).toEqual([]);
    const unsettled = await sql("SELECT status, COUNT(*) AS n FROM reminder_message WHERE status IN ('SENDING', 'FAILED') GROUP BY status");
    expect(unsettled).toEqual([]);
  }, 60_000);
});
