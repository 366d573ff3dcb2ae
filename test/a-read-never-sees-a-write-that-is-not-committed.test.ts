import fs from "node:fs";
import path from "node:path";
import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { tradeSubgraph } from "../subgraphs/trade";
import { TradeEvent } from "../subgraphs/trade/trade-event";
import { queryData } from "./support/graphql-client";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { ON_MYSQL } from "./support/test-database";

const EVENT = "demo-trade-gl-le-thanh-fair-2019";
const COMMITTED = "Hội chợ Thương mại biên giới Việt Nam – Campuchia tại Cửa khẩu quốc tế Lệ Thanh";
const UNCOMMITTED = "Hội chợ biên giới tại Lệ Thanh (tên đang sửa, chưa lưu)";

/** The event's name as a client reads it, by each of the department's read paths: by id, in a list, by a search. */
const READS = /* GraphQL */ `
  query ($id: ID!) {
    byId: tradeEvent(id: $id) {
      name
    }
    listed: tradeEvents(provinceCode: "VN-30", limit: 500) {
      id
      name
    }
    found: tradeEvents(search: "le thanh", limit: 500) {
      id
      name
    }
  }
`;

class RolledBack extends Error {}

describe("a read never sees a write that is not committed", () => {
  const data = temporaryDataDirectory("committed-reads");
  let trade: RunningSubgraph;

  beforeAll(async () => {
    trade = await startTestSubgraph(tradeSubgraph, data.directory);
  });
  afterAll(async () => {
    await trade.stop();
    data.cleanup();
  });

  async function namesRead(): Promise<string[]> {
    const answer = await queryData(trade.url, READS, { id: EVENT });
    const inList = (rows: { id: string; name: string }[]) => rows.find((row) => row.id === EVENT)?.name ?? "(missing)";
    return [answer.byId.name, inList(answer.listed), inList(answer.found)];
  }

  /**
   * A write's transaction renaming the event and then waiting on the event
   * loop, as a write awaiting a file, a lock or another service would, while
   * clients read over HTTP; then rolled back or committed.
   */
  async function readWhileWriting(outcome: "roll back" | "commit"): Promise<{ during: string[][]; ownRead: string }> {
    const during: string[][] = [];
    let ownRead = "";
    await trade.database.dataSource
      .transaction(async (manager) => {
        await manager.update(TradeEvent, { id: EVENT }, { name: UNCOMMITTED });
        ownRead = (await manager.findOneByOrFail(TradeEvent, { id: EVENT })).name;
        during.push(...(await Promise.all([namesRead(), namesRead(), namesRead()])));
        during.push(await namesRead());
        if (outcome === "roll back") throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    return { during, ownRead };
  }

  it("answers reads that arrive while a write's transaction is open with what is committed, on every read path", async () => {
    const { during } = await readWhileWriting("roll back");
    expect(during).toHaveLength(4);
    for (const names of during) expect(names).toEqual([COMMITTED, COMMITTED, COMMITTED]);
  });

  it("shows nothing of a write that rolled back, afterwards either", async () => {
    await readWhileWriting("roll back");
    expect(await namesRead()).toEqual([COMMITTED, COMMITTED, COMMITTED]);
  });

  it("lets the write read what it wrote, and every read after the commit see it", async () => {
    const { during, ownRead } = await readWhileWriting("commit");
    expect(ownRead).toBe(UNCOMMITTED);
    for (const names of during) expect(names).toEqual([COMMITTED, COMMITTED, COMMITTED]);
    expect(await namesRead()).toEqual([UNCOMMITTED, UNCOMMITTED, UNCOMMITTED]);
  });
});

// the second connection is the embedded database's own (none on MySQL); its open files are counted in Linux's /proc
(ON_MYSQL || !fs.existsSync("/proc/self/fd") ? describe.skip : describe)("the embedded database's read-only connection", () => {
  const data = temporaryDataDirectory("committed-reads-closing");

  afterAll(() => data.cleanup());

  it("is opened by a read that comes while a write is open, and closed with the department", async () => {
    const trade = await startTestSubgraph(tradeSubgraph, data.directory);
    const file = path.join(data.directory, "trade.sqlite");
    const handles = () =>
      fs.readdirSync("/proc/self/fd").filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === file;
        } catch {
          return false; // a descriptor closed while listed
        }
      }).length;
    expect(handles()).toBe(1);
    await trade.database.dataSource
      .transaction(async (manager) => {
        await manager.update(TradeEvent, { id: EVENT }, { name: UNCOMMITTED });
        expect((await queryData(trade.url, READS, { id: EVENT })).byId.name).toBe(COMMITTED);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    expect(handles()).toBe(2);
    await trade.stop();
    expect(handles()).toBe(0);
  });
});
