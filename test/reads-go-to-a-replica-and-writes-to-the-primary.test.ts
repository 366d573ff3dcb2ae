import fs from "node:fs";
import type { Connection } from "mysql2/promise";
import pino from "pino";
import { readsOfOneRequest } from "../shared/database/replicas";
import { migrateDatabase } from "../shared/federation/schema-admin";
import { startSubgraph, type RunningSubgraph } from "../shared/federation/subgraph-server";
import tradeSubgraph from "../subgraphs/trade";
import { TradeEvent } from "../subgraphs/trade/trade-event";
import { official, queryData, registerSubgraphUrl } from "./support/graphql-client";
import { startReplication, type Replication } from "./support/mariadb-replication";
import { ON_MYSQL } from "./support/test-database";

const EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: "replica.trade.editor" });
const ON_REPLICA_ONLY = "Tên chỉ có ở bản sao";

// MySQL replication: in the MySQL pass, on a MariaDB primary and replica of Debian's package started here
(ON_MYSQL && fs.existsSync("/usr/sbin/mariadbd") ? describe : describe.skip)(
  "a department reads from its replica, writes to its primary, reads its own writes, and skips a replica that lags or stops",
  () => {
    let replication: Replication;
    let trade: RunningSubgraph;
    let onReplica: Connection;
    let id: string;
    let table: string;
    const lines: Record<string, any>[] = [];
    const url = (port: number) => `mysql://hub_trade:trade@127.0.0.1:${port}/hub_trade`;

    beforeAll(async () => {
      replication = await startReplication();
      const onPrimary = await replication.primary.connect();
      await onPrimary.query("CREATE DATABASE hub_trade CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      await onPrimary.query("CREATE USER 'hub_trade'@'127.0.0.1' IDENTIFIED BY 'trade'");
      await onPrimary.query("GRANT ALL ON hub_trade.* TO 'hub_trade'@'127.0.0.1'");
      // to read a replica's replication status (MySQL: REPLICATION CLIENT)
      await onPrimary.query("GRANT SLAVE MONITOR ON *.* TO 'hub_trade'@'127.0.0.1'");
      await onPrimary.end();
      await migrateDatabase(tradeSubgraph, { url: url(replication.primary.port) });
      await replication.caughtUp();
      process.env.HUB_REPLICA_CHECK_MS = "200";
      const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
      trade = await startSubgraph(tradeSubgraph, {
        port: 0,
        database: { url: url(replication.primary.port), replicaUrls: [url(replication.replica.port)] },
        seedDemoData: false,
        background: false,
        logger,
      });
      registerSubgraphUrl(trade.url, "trade");
      onReplica = await replication.replica.connect();
      table = trade.database.dataSource.getMetadata(TradeEvent).tableName;
    }, 120_000);

    afterAll(async () => {
      delete process.env.HUB_REPLICA_CHECK_MS;
      await onReplica?.end().catch(() => undefined);
      await trade?.stop();
      await replication?.stop();
    });

    const nameRead = async () =>
      (await queryData(trade.url, `query ($id: ID!) { tradeEvent(id: $id) { name } }`, { id }, { as: EDITOR })).tradeEvent.name as string;
    const usable = () => trade.database.replicas!.states().every((s) => s.usable);
    const until = async (what: () => boolean | Promise<boolean>, ms = 15_000) => {
      const deadline = Date.now() + ms;
      while (!(await what())) {
        if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${JSON.stringify(trade.database.replicas!.states())}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    it("writes reach the primary and the replica; a request's reads come from the replica", async () => {
      const created = await queryData(
        trade.url,
        `mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id name } }`,
        { input: { provinceCode: "VN-30", name: "Hội chợ biên giới Lệ Thanh", kind: "FAIR", startsOn: "2026-05-12" } },
        { as: EDITOR },
      );
      id = created.createTradeEvent.id;
      await replication.caughtUp();
      // a change made on the replica alone tells where a read was answered
      await onReplica.query(`UPDATE \`hub_trade\`.\`${table}\` SET name = ? WHERE id = ?`, [ON_REPLICA_ONLY, id]);
      await until(usable);
      expect(await nameRead()).toBe(ON_REPLICA_ONLY);
    });

    it("within one request, the reads after its first write go to the primary; work outside a request reads the primary", async () => {
      const dataSource = trade.database.dataSource;
      const nameOf = async () => (await dataSource.getRepository(TradeEvent).findOneByOrFail({ id })).name;
      const seen = await readsOfOneRequest(async () => {
        const before = await nameOf();
        await dataSource.transaction(async (manager) => manager.query("SELECT 1"));
        return [before, await nameOf()];
      });
      expect(seen).toEqual([ON_REPLICA_ONLY, "Hội chợ biên giới Lệ Thanh"]);
      expect(await nameOf()).toBe("Hội chợ biên giới Lệ Thanh");
    });

    it("skips a replica whose replication stopped (it lags without end) and uses it again once it follows", async () => {
      await onReplica.query("STOP SLAVE");
      await until(() => !usable());
      expect(await nameRead()).toBe("Hội chợ biên giới Lệ Thanh");
      expect(trade.database.replicas!.states()[0].reason).toBe("replication is not running");
      await onReplica.query("START SLAVE");
      await until(usable);
      expect(await nameRead()).toBe(ON_REPLICA_ONLY);
    });

    it("answers from the primary at once when the replica's server dies, and returns to it when it is back", async () => {
      await onReplica.end();
      await replication.replica.kill();
      // no check has run yet: the read that meets the dead replica is answered by the primary
      expect(await nameRead()).toBe("Hội chợ biên giới Lệ Thanh");
      expect(await nameRead()).toBe("Hội chợ biên giới Lệ Thanh");
      expect(lines.some((l) => l.msg === "read replica skipped: reads go to the primary")).toBe(true);

      await replication.replica.restart();
      onReplica = await replication.replica.connect();
      // once its checks pass again (the pool tries a failed replica again after a second), reads return to it
      await until(async () => usable() && (await nameRead()) === ON_REPLICA_ONLY, 30_000);
    }, 60_000);
  },
);
