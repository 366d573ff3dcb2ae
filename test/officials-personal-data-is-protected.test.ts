import type { Viewer } from "../shared/auth/identity";
import { ALSO_IDENTITIES_HEADER, createIdentitySigner, MAX_ALSO_IDENTITIES } from "../shared/auth/internal-identity";
import { verifyAuditChain } from "../shared/records/audit";
import type { HubContext } from "../shared/records/context";
import { writeOnce } from "../shared/records/writes";
import { official, postGraphQL, postGraphQLOverHttp, queryData, type RequestOptions } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { ON_MYSQL } from "./support/test-database";

const TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const TRADE_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "coordinator" });
const CULTURE_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
const FORMER_INFORMATION_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const DPO = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "dpo", userId: "dpo.gialai" });
const AN_GIANG_DPO = official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "dpo" });

type Caller = RequestOptions["as"];

const FOCAL_POINTS = /* GraphQL */ `
  {
    agencies(provinceCode: "VN-30") {
      id
      focalPoints {
        id
        fullName
        position
        phone
        email
        contactShown
      }
    }
  }
`;
type Point = { id: string; fullName: string; position: string | null; phone: string | null; email: string | null; contactShown: boolean };
const pointsOf = async (hub: RunningHub, as: ReturnType<typeof official>) =>
  (await queryData(hub.gateway.url, FOCAL_POINTS, {}, { as })).agencies.flatMap((a: { id: string; focalPoints: Point[] }) =>
    a.focalPoints.map((f) => ({ ...f, agencyId: a.id })),
  ) as (Point & { agencyId: string })[];

describe("officials' personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): read by those who need it, logged, listable, erasable", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("shows a focal point's phone and e-mail only to the department in charge, the person's own agency and admins; names to everyone", async () => {
    const asTrade = await pointsOf(hub, TRADE_EDITOR);
    const foreignAffairs = asTrade.find((f) => f.agencyId === "VN-30-SNGV")!;
    expect(foreignAffairs).toMatchObject({
      fullName: "Lê Văn Hùng",
      position: "Phó Giám đốc Sở",
      phone: null,
      email: null,
      contactShown: false,
    });
    expect(asTrade.filter((f) => f.phone !== null).every((f) => f.agencyId === "VN-30-SCT")).toBe(true);

    const asCulture = await pointsOf(hub, CULTURE_COORDINATOR);
    expect(asCulture.find((f) => f.id === foreignAffairs.id)).toMatchObject({ email: "sngv.lanhdao@example.gov.vn", contactShown: true });
    // the information department no longer holds the function: only its own agency's
    const asFormer = await pointsOf(hub, FORMER_INFORMATION_COORDINATOR);
    expect(asFormer.find((f) => f.id === foreignAffairs.id)).toMatchObject({ email: null, contactShown: false });
  });

  it("logs every read and export of contact details, for the province's data-protection officer alone", async () => {
    await pointsOf(hub, CULTURE_COORDINATOR);
    // the foreign-affairs department exports the compliance table: only its own two focal points' contacts are in it, and logged
    const foreignAffairsEditor = official({ provinceCode: "VN-30", agencyCode: "SNGV", role: "editor" });
    const all = await pointsOf(hub, foreignAffairsEditor);
    const exported = await queryData(
      hub.gateway.url,
      `mutation ($ids: [ID!]!) { recordContactExport(focalPointIds: $ids, format: "xlsx") }`,
      { ids: all.map((f) => f.id) },
      { as: foreignAffairsEditor },
    );
    expect(exported.recordContactExport).toBe(all.filter((f) => f.agencyId === "VN-30-SNGV").length);
    const log = (
      await queryData(
        hub.gateway.url,
        `{ processingLog(provinceCode: "VN-30", limit: 1000) { id at userId operation entity recordIds fields note } }`,
        {},
        { as: DPO },
      )
    ).processingLog;
    // newest first, and the ids are in the entries' order of time (entries of one moment too): the log only grows at its end
    const ids = log.map((e: { id: string }) => e.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(log.map((e: { at: string }) => e.at)).toEqual(
      log
        .map((e: { at: string }) => e.at)
        .sort()
        .reverse(),
    );
    const reads = log.filter(
      (e: { userId: string; operation: string }) => e.userId === CULTURE_COORDINATOR.userId && e.operation === "READ",
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads[0]).toMatchObject({ entity: "FocalPoint", fields: expect.arrayContaining(["phone", "email"]) });
    expect(reads[0].recordIds.length).toBeGreaterThan(3);
    const exports = log.filter(
      (e: { userId: string; operation: string }) => e.userId === foreignAffairsEditor.userId && e.operation === "EXPORT",
    );
    expect(exports).toEqual([
      expect.objectContaining({
        fields: ["phone", "email"],
        note: "xlsx",
        recordIds: all.filter((f) => f.agencyId === "VN-30-SNGV").map((f) => f.id),
      }),
    ]);

    for (const as of [CULTURE_COORDINATOR, AN_GIANG_DPO]) {
      const refused = await postGraphQL(hub.gateway.url, `{ processingLog(provinceCode: "VN-30") { id } }`, {}, { as });
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("answers a person's access request with everything held about them and when the answer is due, and logs it", async () => {
    const report = (
      await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          {
            personalData(provinceCode: "VN-30", fullName: "ro cham h'lan", receivedOn: "2026-12-04") {
              receivedOn
              answerBy
              focalPoints {
                fullName
                email
              }
              processing {
                operation
              }
            }
          }
        `,
        {},
        { as: DPO },
      )
    ).personalData;
    // received on a Friday: two working days later is the Tuesday
    expect(report).toMatchObject({ receivedOn: "2026-12-04", answerBy: "2026-12-08" });
    expect(report.focalPoints).toEqual([{ fullName: "Rơ Châm H'Lan", email: "sngv.ttdn@example.gov.vn" }]);
    expect(report.processing.map((p: { operation: string }) => p.operation)).toContain("READ");
    const log = (await queryData(hub.gateway.url, `{ processingLog(provinceCode: "VN-30") { operation userId } }`, {}, { as: DPO }))
      .processingLog;
    expect(log).toEqual(expect.arrayContaining([{ operation: "ACCESS_REQUEST", userId: DPO.userId }]));
  });

  it("keeps a person's data sealed in the audit trail, shows it only to those who may read it, and erases it with the chain still whole", async () => {
    const created = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($input: FocalPointInput!) {
          createFocalPoint(input: $input) {
            id
            version
          }
        }
      `,
      {
        input: {
          agencyId: "VN-30-SCT",
          role: "OFFICER",
          fullName: "Nguyễn Thị Mai",
          phone: "0912 345 678",
          email: "mai.sct@example.gov.vn",
        },
      },
      { as: TRADE_EDITOR },
    );
    const id = created.createFocalPoint.id;
    const plans = hub.subgraphs.plans.database.dataSource;
    expect(JSON.stringify(await plans.query(`SELECT * FROM audit_entry WHERE recordId = ?`, [id]))).not.toMatch(
      /0912 345 678|Nguyễn Thị Mai/,
    );

    const trail = (as: ReturnType<typeof official>) =>
      queryData(hub.gateway.url, `{ auditLog { plans(recordId: "${id}") { operation after } } }`, {}, { as }).then(
        (data) => data.auditLog.plans as { operation: string; after: string }[],
      );
    expect(JSON.parse((await trail(CULTURE_COORDINATOR))[0].after)).toMatchObject({ fullName: "Nguyễn Thị Mai", phone: "0912 345 678" });
    const customs = official({ provinceCode: "VN-30", agencyCode: "SNGV", role: "coordinator" });
    expect(JSON.parse((await trail(customs))[0].after)).toMatchObject({ fullName: "Nguyễn Thị Mai", phone: "[not shown to you]" });

    const refused = await postGraphQL(
      hub.gateway.url,
      `mutation { erasePersonalData(id: "${id}", reason: "x") { id } }`,
      {},
      { as: TRADE_COORDINATOR },
    );
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // an erasure whose entry the log cannot take is no erasure: the record, and what the trail keeps of it, stay
    await plans.query(
      ON_MYSQL
        ? `CREATE TRIGGER refuse_erase_entry BEFORE INSERT ON processing_log FOR EACH ROW BEGIN
             IF NEW.operation = 'ERASE' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the log refuses'; END IF; END`
        : `CREATE TRIGGER refuse_erase_entry BEFORE INSERT ON processing_log WHEN NEW.operation = 'ERASE'
             BEGIN SELECT RAISE(ABORT, 'the log refuses'); END`,
    );
    try {
      const unlogged = await postGraphQL(
        hub.gateway.url,
        `mutation { erasePersonalData(id: "${id}", reason: "Yêu cầu xóa") { id } }`,
        {},
        { as: DPO },
      );
      expect(unlogged.errors?.length).toBeGreaterThan(0);
      expect(unlogged.data ?? null).toBeNull();
    } finally {
      await plans.query("DROP TRIGGER refuse_erase_entry");
    }
    expect((await pointsOf(hub, CULTURE_COORDINATOR)).find((f) => f.id === id)).toMatchObject({ phone: "0912 345 678" });
    const kept = (await trail(CULTURE_COORDINATOR)).find((e) => e.operation === "createFocalPoint")!;
    expect(JSON.parse(kept.after)).toMatchObject({ fullName: "Nguyễn Thị Mai", phone: "0912 345 678" });
    const erased = await queryData(
      hub.gateway.url,
      `mutation { erasePersonalData(id: "${id}", reason: "Yêu cầu xóa ngày 04/12/2026") { id auditTrailSealed } }`,
      {},
      { as: DPO },
    );
    expect(erased.erasePersonalData).toEqual({ id, auditTrailSealed: true });
    // the erasure is in the processing log, written with it; the refused attempt is not
    const erasures = (
      await queryData(
        hub.gateway.url,
        `{ processingLog(provinceCode: "VN-30", recordId: "${id}") { userId operation note } }`,
        {},
        { as: DPO },
      )
    ).processingLog.filter((e: { operation: string }) => e.operation === "ERASE");
    expect(erasures).toEqual([{ userId: DPO.userId, operation: "ERASE", note: "Yêu cầu xóa ngày 04/12/2026" }]);
    expect((await pointsOf(hub, CULTURE_COORDINATOR)).some((f) => f.id === id)).toBe(false);
    const after = await trail(CULTURE_COORDINATOR);
    const created_ = JSON.parse(after.find((e) => e.operation === "createFocalPoint")!.after);
    expect(created_).toMatchObject({
      fullName: "[erased at the person's request]",
      phone: "[erased at the person's request]",
      agencyId: "VN-30-SCT",
    });
    expect(await verifyAuditChain(plans)).toMatchObject({ intact: true });
  });

  it("logs another official's reading again under an official only for a recent reading of contact details that official may read, and only at the gateway's asking", async () => {
    type Entry = { id: string; at: string; userId: string; operation: string; recordIds: string[]; fields: string[]; note: string };
    const log = async () =>
      (
        await queryData(
          hub.gateway.url,
          `{ processingLog(provinceCode: "VN-30", limit: 1000) { id at userId operation recordIds fields note } }`,
          {},
          { as: DPO },
        )
      ).processingLog as Entry[];
    const reader = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator", userId: "reader.shared" });
    const peer = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator", userId: "peer.shared" });
    await pointsOf(hub, reader);
    // the reading's answer, asked of the department as the gateway asks it, lists that entry for the gateway, and says it is not for another
    const direct = await postGraphQL(hub.subgraphs.plans.url, FOCAL_POINTS, {}, { as: reader });
    expect(direct.extensions).toMatchObject({ hubNotShareable: true, hubProcessingLogged: [expect.any(String)] });
    await queryData(hub.gateway.url, `{ personalData(provinceCode: "VN-30", fullName: "Lê Văn Hùng") { answerBy } }`, {}, { as: DPO });
    const before = await log();
    const reading = before.find((e) => e.userId === reader.userId && e.operation === "READ")!;
    const accessRequest = before.find((e) => e.operation === "ACCESS_REQUEST")!;
    const SHARE = `mutation ($entries: [ID!]!) { recordSharedReading(entries: $entries) }`;
    const share = (entries: string[], as: Caller) => postGraphQL(hub.subgraphs.plans.url, SHARE, { entries }, { as });

    expect((await share([reading.id], peer)).data).toEqual({ recordSharedReading: 1 });
    expect((await log()).filter((e) => e.userId === peer.userId)).toEqual([
      expect.objectContaining({
        operation: "READ",
        recordIds: reading.recordIds,
        fields: reading.fields,
        note: expect.stringMatching(new RegExp(`, answered with ${reading.note}$`)),
      }),
    ]);

    // an entry of a reading that named no record (none is written so; refused all the same, nothing to log again)
    const emptyReading = "reading-of-no-record";
    const plansDb = hub.subgraphs.plans.database.dataSource;
    await plansDb
      .createQueryBuilder()
      .insert()
      .into("processing_log")
      // simple-array columns, as TypeORM stores them: an empty list is an empty string
      .values({
        id: emptyReading,
        at: new Date().toISOString(),
        userId: reader.userId,
        operation: "READ",
        provinceCode: "VN-30",
        entity: "FocalPoint",
        recordIds: "",
        fields: "phone",
        note: "request of no record",
      })
      .execute();
    const refusals: [string, string[], Caller, string][] = [
      ["an official who may not read those contact details", [reading.id], TRADE_EDITOR, "FORBIDDEN"],
      ["another province's official", [reading.id], AN_GIANG_DPO, "FORBIDDEN"],
      ["an anonymous caller", [reading.id], "anonymous", "UNAUTHENTICATED"],
      ["an access request's answer", [accessRequest.id], peer, "FORBIDDEN"],
      ["an entry that does not exist", ["no-such-entry"], peer, "NOT_FOUND"],
      ["a reading that named no record", [emptyReading], peer, "FORBIDDEN"],
    ];
    for (const [what, entries, as, code] of refusals)
      expect({ what, code: (await share(entries, as)).errors?.[0]?.extensions?.code }).toEqual({ what, code });
    await plansDb.createQueryBuilder().delete().from("processing_log").where("id = :id", { id: emptyReading }).execute();

    // the gateway's one request for the officials waiting on one answer: each vouched for on its own, each checked on its own rights
    const SHARE_ALL = `mutation ($entries: [ID!]!) { recordSharedReadings(entries: $entries) }`;
    const body = JSON.stringify({ query: SHARE_ALL, variables: { entries: [reading.id] } });
    const sign = await createIdentitySigner();
    const tokenFor = (viewer: Viewer, forBody = body) =>
      sign(viewer, "plans", `gateway-request-of-${viewer.anonymous ? "anon" : viewer.userId}`, forBody);
    const shareAll = async (first: Viewer, also: string[]) => {
      const answer = await postGraphQLOverHttp(
        hub.subgraphs.plans.url,
        SHARE_ALL,
        { entries: [reading.id] },
        {
          as: first,
          headers: { [ALSO_IDENTITIES_HEADER]: also.join(",") },
        },
      );
      return { status: answer.status, data: answer.body.data, code: answer.body.errors?.[0]?.extensions?.code };
    };
    const second = official({ ...peer, userId: "second.shared" });
    const third = official({ ...peer, userId: "third.shared" });
    const tradeToken = await tokenFor(TRADE_EDITOR);
    expect(await shareAll(second, [tradeToken, await tokenFor(third)])).toEqual({
      status: 200,
      data: { recordSharedReadings: [true, false, true] },
      code: undefined,
    });
    const logged = await log();
    for (const [who, requestId] of [
      [second, "test-request"],
      [third, "gateway-request-of-third.shared"],
    ] as const)
      expect(logged.filter((e) => e.userId === who.userId)).toEqual([
        expect.objectContaining({
          operation: "READ",
          recordIds: reading.recordIds,
          fields: reading.fields,
          note: `request ${requestId}, answered with ${reading.note}`,
        }),
      ]);
    expect(logged.filter((e) => e.userId === TRADE_EDITOR.userId)).toEqual([]);
    // written in one statement, at one moment, and listed newest first: the later-made entry (the third's) first
    const [secondEntry, thirdEntry] = [second, third].map((who) => logged.find((e) => e.userId === who.userId)!);
    expect(thirdEntry.at).toBe(secondEntry.at);
    expect(logged.indexOf(thirdEntry)).toBeLessThan(logged.indexOf(secondEntry));
    // each token beside the first is checked as the first is: made for this body, used once, from the gateway; and only so many
    const fresh = await tokenFor(third);
    const forged = fresh.slice(0, -4) + (fresh.endsWith("AAAA") ? "BBBB" : "AAAA");
    const tooMany = await Promise.all(
      Array.from({ length: MAX_ALSO_IDENTITIES + 1 }, (_, n) => tokenFor(official({ ...peer, userId: `many.${n}` }))),
    );
    const refusedAlso: [string, string[]][] = [
      ["a token made for another request's body", [await tokenFor(third, body.replace(reading.id, accessRequest.id))]],
      ["a token used before", [tradeToken]],
      ["a token not the gateway's", [forged]],
      ["a token made for another department", [await sign(third, "trade", "gateway-request-of-third.shared", body)]],
      [`more than ${MAX_ALSO_IDENTITIES} officials`, tooMany],
    ];
    for (const [what, also] of refusedAlso)
      expect({ what, ...(await shareAll(second, also)) }).toEqual({ what, status: 401, data: undefined, code: "UNAUTHENTICATED" });
    expect((await log()).length).toBe(logged.length);

    // a reading older than a fetch in flight can be
    await hub.subgraphs.plans.database.dataSource
      .createQueryBuilder()
      .update("processing_log")
      .set({ at: new Date(Date.now() - 2 * 60_000).toISOString() })
      .where("id = :id", { id: reading.id })
      .execute();
    expect((await share([reading.id], peer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // not in the API: no caller can have a reading logged under them without reading it
    for (const mutation of [SHARE, SHARE_ALL]) {
      const viaGateway = await postGraphQL(hub.gateway.url, mutation, { entries: [reading.id] }, { as: peer });
      expect(viaGateway.errors?.length).toBeGreaterThan(0);
      expect(viaGateway.data ?? null).toBeNull();
    }
    expect((await log()).length).toBe(before.length + 3);
  });

  it("keeps a reading's entry in the log when another request's write fails meanwhile", async () => {
    const reader = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator", userId: "reader.during.a.write" });
    const plansDb = hub.subgraphs.plans.database.dataSource;
    // a write that holds its transaction open (on the embedded database, the one connection) until told, then fails
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const failing = writeOnce({ db: plansDb, alsoFor: [], identityWrites: 0 } as unknown as HubContext, async (manager) => {
      await manager.query("SELECT 1");
      opened();
      await released;
      throw new Error("refused, rolled back");
    });
    await open;
    const reading = pointsOf(hub, reader);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await expect(failing).rejects.toThrow("refused, rolled back");
    expect((await reading).some((f) => f.phone !== null)).toBe(true);
    const entries = await plansDb.query("SELECT operation FROM processing_log WHERE userId = ?", [reader.userId]);
    expect(entries).toEqual([{ operation: "READ" }]);
  });
});
