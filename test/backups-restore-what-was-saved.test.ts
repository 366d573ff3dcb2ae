import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { DataSource } from "typeorm";
import { REPOSITORY_ROOT } from "../shared/core/config";
import type { DatabaseLocation } from "../shared/database/database";
import { latestBackup } from "../shared/federation/backup";
import { describeMysql } from "../shared/federation/backup/mysql";
import { openSubgraphDatabase } from "../shared/federation/subgraph-server";
import { openStates } from "../shared/records/sealed";
import plans from "../subgraphs/plans";
import { official, queryData } from "./support/graphql-client";
import { plansDatabaseEnv, startHub, type RunningHub } from "./support/hub";
import { createMysqlDatabase, ON_MYSQL } from "./support/test-database";

const run = promisify(execFile);
const TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const DPO = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "dpo", userId: "dpo.gialai" });
const KEY = randomBytes(32).toString("base64");
/** The key the commands are given, unless a test says otherwise. */
let key = KEY;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Every row of every table, in a stable order: what "the same data" means below. */
async function contentOf(db: DataSource): Promise<Record<string, string[]>> {
  const content: Record<string, string[]> = {};
  for (const metadata of db.entityMetadatas) {
    const rows = (await db.query(`SELECT * FROM ${metadata.tableName}`)) as Record<string, unknown>[];
    content[metadata.tableName] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return content;
}

describe("backups: encrypted and checksummed, restored only into an empty database, with erasures kept and the audit chain whole", () => {
  let hub: RunningHub;
  let work: string;
  let backups: string;
  const dropLater: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    hub = await startHub();
    work = fs.mkdtempSync(path.join(os.tmpdir(), "hub-backups-"));
    backups = path.join(work, "backups");
  });
  afterAll(async () => {
    await hub?.stop();
    for (const drop of dropLater) await drop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const command = async (script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> => {
    try {
      const done = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts", `${script}.js`), ...args], {
        env: { ...plansDatabaseEnv(hub), HUB_BACKUP_KEY: key, HUB_BACKUP_DIR: backups, ...env },
      });
      return { code: 0, ...done };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  /** An empty database of the suite's kind for the plans department. */
  const emptyDatabase = async (label: string): Promise<DatabaseLocation> => {
    if (!ON_MYSQL) return { file: path.join(fs.mkdtempSync(path.join(work, `${label}-`)), "plans.sqlite") };
    const database = await createMysqlDatabase(label);
    dropLater.push(database.drop);
    return database.location;
  };
  const target = (location: DatabaseLocation) => ("url" in location ? location.url : location.file);

  const createFocalPoint = async (fullName: string, email: string) =>
    (
      await queryData(
        hub.gateway.url,
        `mutation ($input: FocalPointInput!) { createFocalPoint(input: $input) { id version } }`,
        { input: { agencyId: "VN-30-SCT", role: "OFFICER", fullName, position: "Chuyên viên", email } },
        { as: TRADE_EDITOR },
      )
    ).createFocalPoint as { id: string; version: number };

  let kept: { id: string; version: number };
  let erased: { id: string };
  let firstBackup: string;

  it("restores a backup into an empty database as it was, with the people erased since still erased and the chain whole", async () => {
    const live = hub.subgraphs.plans.database.dataSource;
    kept = await createFocalPoint("Trần Văn Giữ", "giu.sct@example.gov.vn");
    erased = await createFocalPoint("Phạm Thị Xoá", "xoa.sct@example.gov.vn");
    const saved = await contentOf(live);

    const first = await command("backup", ["plans"]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/plans \((embedded database|PLANS_DATABASE_URL)\):/);
    firstBackup = latestBackup(backups, "plans")!;
    expect(path.basename(firstBackup)).toMatch(/^plans-\d{8}T\d{9}Z\.hubbackup$/);
    // encrypted: no name, e-mail or table of the department can be read in the file
    const bytes = fs.readFileSync(firstBackup);
    for (const plain of ["Phạm Thị Xoá", "xoa.sct@example.gov.vn", "INSERT", 'focal_point":[', "SQLite format"])
      expect(bytes.includes(Buffer.from(plain, "utf8"))).toBe(false);
    expect(fs.readFileSync(`${firstBackup}.sha256`, "utf8")).toMatch(new RegExp(`^[0-9a-f]{64}  ${path.basename(firstBackup)}\n$`));
    // its header says what it holds, readable without the key
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString("utf8"));
    expect(header).toMatchObject({ format: "hub-backup/1", department: "plans", kind: ON_MYSQL ? "mysql" : "embedded" });
    expect(header.tables.focal_point).toBe(saved.focal_point.length);

    // then the department works on: an update, a create, and a person's erasure at their request
    await queryData(
      hub.gateway.url,
      `mutation ($id: ID!, $version: Int!, $input: FocalPointInput!) { updateFocalPoint(id: $id, version: $version, input: $input) { version } }`,
      {
        id: kept.id,
        version: kept.version,
        input: {
          agencyId: "VN-30-SCT",
          role: "OFFICER",
          fullName: "Trần Văn Giữ",
          position: "Phó Trưởng phòng",
          email: "giu.sct@example.gov.vn",
        },
      },
      { as: TRADE_EDITOR },
    );
    const later = await createFocalPoint("Lê Thị Mới", "moi.sct@example.gov.vn");
    await queryData(hub.gateway.url, `mutation { erasePersonalData(id: "${erased.id}", reason: "Yêu cầu xóa") { id } }`, {}, { as: DPO });
    // the next backup, made while writes go on, notices the erasure in the ledger
    const writing = Promise.all(Array.from({ length: 10 }, (_, i) => createFocalPoint(`Cán bộ ${i}`, `cb${i}.sct@example.gov.vn`)));
    const second = await command("backup", ["plans"]);
    await writing;
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toContain("erasure ledger: 1 content key(s) destroyed since the last backup");

    // never over a database that holds anything: the live one is refused, and stays as it is
    const before = await contentOf(live);
    const refused = await command("restore", [firstBackup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /already holds \d+ tables: a backup restores only into an empty database, so nothing there is overwritten/,
    );
    expect(await contentOf(live)).toEqual(before);

    const into = await emptyDatabase("restored");
    const restored = await command("restore", [firstBackup, "--into", target(into)]);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("every table holds the rows the backup counted");
    expect(restored.stdout).toContain("erasures re-applied: 1 content key(s), 1 record(s) removed again");
    expect(restored.stdout).toMatch(/audit chain intact, \d+ entries\. Restored\./);

    const { dataSource } = await openSubgraphDatabase(plans, into);
    try {
      const content = await contentOf(dataSource);
      // every table as at the first backup, but for the erased person and the restore's own audit entry
      const erasedRow = (row: string) => JSON.parse(row).id === erased.id;
      for (const table of Object.keys(saved).filter((t) => !["focal_point", "content_key", "audit_entry"].includes(t)))
        expect([table, content[table]]).toEqual([table, saved[table]]);
      expect(content.focal_point).toEqual(saved.focal_point.filter((row) => !erasedRow(row)));
      expect(content.focal_point.map((row) => JSON.parse(row).id)).not.toContain(later.id);
      expect(JSON.parse(content.focal_point.find((row) => JSON.parse(row).id === kept.id)!).position).toBe("Chuyên viên");
      expect(content.content_key.map((row) => JSON.parse(row).id)).toEqual(
        saved.content_key.map((row) => JSON.parse(row).id).filter((id: string) => id !== `person:FocalPoint:${erased.id}`),
      );
      expect(content.audit_entry.length).toBe(saved.audit_entry.length + 1);
      const trail = (await dataSource.query("SELECT operation, recordId, after FROM audit_entry ORDER BY sequence")) as {
        operation: string;
        recordId: string | null;
        after: string | null;
      }[];
      expect(trail[trail.length - 1].operation).toBe("restoreBackup");
      // what the trail kept of the erased person cannot be read again; the kept one's can
      const [erasedCreate] = await openStates(dataSource.manager, [trail.find((e) => e.recordId === erased.id)!.after]);
      expect(JSON.parse(erasedCreate!)).toMatchObject({ fullName: "[erased at the person's request]" });
      const [keptCreate] = await openStates(dataSource.manager, [trail.find((e) => e.recordId === kept.id)!.after]);
      expect(JSON.parse(keptCreate!)).toMatchObject({ fullName: "Trần Văn Giữ" });
    } finally {
      await dataSource.destroy();
    }
    // the operator's check agrees
    const verified = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/audit-verify.js"), "plans"], {
      env: ON_MYSQL
        ? { ...process.env, PLANS_DATABASE_URL: target(into) }
        : { ...process.env, PLANS_DATABASE_URL: "", HUB_DATA_DIR: path.dirname(target(into)) },
    });
    expect(verified.stdout).toMatch(/^plans \(.*\): intact, \d+ entries/);
  });

  it("refuses a wrong key, an altered or cut file, a backup without its ledger or with an altered one, and a backup without a key", async () => {
    const into = await emptyDatabase("refused");
    const restore = (file: string, env: NodeJS.ProcessEnv = {}) => command("restore", [file, "--into", target(into)], env);

    const wrongKey = await restore(firstBackup, { HUB_BACKUP_KEY: randomBytes(32).toString("base64") });
    // the ledger beside it is signed with the key too, and is checked first
    expect(wrongKey).toMatchObject({ code: 1, stderr: expect.stringContaining("signed with another HUB_BACKUP_KEY") });

    const copies = fs.mkdtempSync(path.join(work, "copies-"));
    const copy = path.join(copies, path.basename(firstBackup));
    const bytes = fs.readFileSync(firstBackup);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    fs.writeFileSync(copy, bytes);
    fs.copyFileSync(`${firstBackup}.sha256`, `${copy}.sha256`);
    fs.copyFileSync(path.join(backups, "plans.erasures.json"), path.join(copies, "plans.erasures.json"));
    expect(await restore(copy)).toMatchObject({ code: 1, stderr: expect.stringContaining("does not match its checksum") });
    fs.rmSync(`${copy}.sha256`);
    expect(await restore(copy)).toMatchObject({ code: 1, stderr: expect.stringContaining("or it was altered") });
    fs.writeFileSync(copy, fs.readFileSync(firstBackup).subarray(0, 200));
    expect((await restore(copy)).code).toBe(1);

    fs.copyFileSync(firstBackup, copy);
    const ledger = JSON.parse(fs.readFileSync(path.join(copies, "plans.erasures.json"), "utf8"));
    fs.writeFileSync(path.join(copies, "plans.erasures.json"), JSON.stringify({ ...ledger, erased: [] }));
    expect(await restore(copy)).toMatchObject({ code: 1, stderr: expect.stringContaining("erasures.json was altered") });
    fs.rmSync(path.join(copies, "plans.erasures.json"));
    expect(await restore(copy)).toMatchObject({ code: 1, stderr: expect.stringContaining("no erasure ledger") });
    // nothing was left half-restored by any of these
    if ("url" in into) expect(await describeMysql(into.url)).toEqual({});
    else expect(fs.existsSync(into.file)).toBe(false);

    const noKey = await command("backup", ["plans"], { HUB_BACKUP_KEY: "" });
    expect(noKey.code).not.toBe(0);
    expect(noKey.stderr).toContain("HUB_BACKUP_KEY is not set");
    expect(latestBackup(backups, "plans")).not.toBe(undefined);
  });

  it("changes its key: older backups open with the previous key meanwhile, the ledger is signed anew, and without the previous key they do not open", async () => {
    const NEW_KEY = randomBytes(32).toString("base64");
    const rotating = { HUB_BACKUP_KEY: NEW_KEY, HUB_BACKUP_PREVIOUS_KEY: KEY };
    expect(await command("backup", ["plans"], rotating)).toMatchObject({ code: 0 });
    const restored = await command("restore", [firstBackup, "--into", target(await emptyDatabase("rotated"))], rotating);
    expect(restored.stderr).toBe("");
    expect(restored.stdout).toContain("erasures re-applied: 1 content key(s), 1 record(s) removed again");
    // the ledger is the new key's now; the old backup needs the previous key still
    const withoutPrevious = await command("restore", [firstBackup, "--into", target(await emptyDatabase("unrotated"))], {
      HUB_BACKUP_KEY: NEW_KEY,
    });
    expect(withoutPrevious).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("does not open with HUB_BACKUP_KEY, or it was altered"),
    });
    const newest = await command("restore", [latestBackup(backups, "plans")!, "--into", target(await emptyDatabase("newest"))], {
      HUB_BACKUP_KEY: NEW_KEY,
    });
    expect(newest).toMatchObject({ code: 0 });
    // what follows works under the new key
    key = NEW_KEY;
  });

  it("drills a restore of each department's latest backup into a scratch database, and fails a department without one", async () => {
    const scratch = ON_MYSQL ? target(await emptyDatabase("drill")) : undefined;
    const drill = await command("restore-drill", ["plans", ...(scratch ? ["--scratch-url", scratch] : [])]);
    expect(drill.stderr).toBe("");
    expect(drill).toMatchObject({ code: 0 });
    expect(drill.stdout).toMatch(
      new RegExp(
        `^plans: ${path.basename(latestBackup(backups, "plans")!)} \\(0\\.\\d h old\\) restored and verified: \\d+ rows in \\d+ tables, audit chain intact \\(\\d+ entries\\), 0 erasure\\(s\\) re-applied\n$`,
      ),
    );
    if (scratch) {
      // the scratch database is left empty for the next drill
      const again = await command("restore-drill", ["plans", "--scratch-url", scratch]);
      expect(again.code).toBe(0);
    }
    const none = await command("restore-drill", ["trade"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("trade: DRILL FAILED: no backup of trade in");
  });
});
