import { createConnection } from "mysql2/promise";
import { databaseUrl } from "../shared/core/config";
import { pendingSchemaChanges } from "../shared/federation/schema-admin";
import { startSubgraph } from "../shared/federation/subgraph-server";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";
import { tradeSubgraph } from "../subgraphs/trade";
import { newTestDatabase } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { createMysqlDatabase, ON_MYSQL } from "./support/test-database";

// These run only in the MySQL pass of `npm test` (HUB_TEST_DATABASE=mysql); the embedded pass lists them as skipped.
const describeOnMysql = ON_MYSQL ? describe : describe.skip;

describeOnMysql("MySQL production path (runs in the MySQL pass of npm test; needs HUB_TEST_MYSQL_URL)", () => {
  const data = temporaryDataDirectory("mysql");
  afterAll(() => data.cleanup());

  it.each(ALL_SUBGRAPHS.map((d) => [d.name, d] as const))(
    "leaves %s with no pending schema change once migrated",
    async (_name, definition) => {
      const database = await newTestDatabase(definition, data.directory); // migrated by the checked-in migrations
      try {
        expect(await pendingSchemaChanges(definition, database.location)).toEqual([]);
      } finally {
        await database.drop();
      }
    },
  );

  it("gives each department's user rights on its own database only", async () => {
    for (const subgraph of DEPARTMENTS) {
      const url = databaseUrl(subgraph.name);
      if (!url) throw new Error(`${subgraph.env}_DATABASE_URL must be set for the MySQL pass (scripts/test-mariadb.sh sets all five)`);
      const connection = await createConnection(url);
      try {
        const [rows] = await connection.query("SHOW DATABASES");
        const visible = (rows as { Database: string }[]).map((r) => r.Database).filter((name) => name.startsWith("hub_"));
        expect({ user: subgraph.name, visible }).toEqual({ user: subgraph.name, visible: [new URL(url).pathname.slice(1)] });
        const other = DEPARTMENTS.find((s) => s.name !== subgraph.name)!;
        const otherDatabase = new URL(databaseUrl(other.name)!).pathname.slice(1);
        await expect(connection.query(`CREATE TABLE \`${otherDatabase}\`.intrusion (id int)`)).rejects.toThrow(/denied/i);
      } finally {
        await connection.end();
      }
    }
  });

  it("refuses to serve from a database that is not utf8mb4, saying how to create it", async () => {
    const database = await createMysqlDatabase("latin1");
    const admin = await createConnection(process.env.HUB_TEST_MYSQL_URL!);
    const name = new URL((database.location as { url: string }).url).pathname.slice(1);
    await admin.query(`ALTER DATABASE \`${name}\` CHARACTER SET latin1 COLLATE latin1_swedish_ci`);
    await admin.end();
    try {
      await expect(startSubgraph(tradeSubgraph, { port: 0, database: database.location })).rejects.toThrow(/CHARACTER SET utf8mb4/);
    } finally {
      await database.drop();
    }
  });

  it("refuses to serve from a database whose migrations have not run", async () => {
    const database = await createMysqlDatabase("unmigrated");
    try {
      await expect(startSubgraph(tradeSubgraph, { port: 0, database: database.location })).rejects.toThrow(/npm run migrate/);
    } finally {
      await database.drop();
    }
  });
});
