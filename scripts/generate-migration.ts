import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { MYSQL_COLLATION } from "../shared/database/database";
import { migrateDatabase, pendingSchemaChanges } from "../shared/federation/schema-admin";
import { subgraphEntities } from "../shared/federation/subgraph";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";

/**
 * `npm run migration:generate -- <subgraph> <Name>`: writes the migration that
 * takes a subgraph's MySQL schema from its existing migrations to its current
 * entities. Works on a scratch database created (and dropped) through the
 * administrator URL in HUB_TEST_MYSQL_URL.
 */
function usage(): never {
  console.error(`usage: npm run migration:generate -- <${DEPARTMENTS.map((s) => s.name).join("|")}> <MigrationName>`);
  process.exit(2);
}

const escapeTemplate = (sql: string) => sql.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");

async function main(): Promise<void> {
  const [name, label] = process.argv.slice(2);
  const entry = DEPARTMENTS.find((s) => s.name === name);
  const definition = ALL_SUBGRAPHS.find((d) => d.name === name);
  if (!entry || !definition || !label || !/^[A-Z][A-Za-z0-9]*$/.test(label)) usage();
  const admin = process.env.HUB_TEST_MYSQL_URL;
  if (!admin) throw new Error("HUB_TEST_MYSQL_URL (an administrator URL, see scripts/test-mariadb.sh) is not set");

  const scratch = `hub_migration_${randomBytes(4).toString("hex")}`;
  const connection = await createConnection(admin);
  await connection.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE ${MYSQL_COLLATION}`);
  try {
    const location = { url: `${admin.replace(/\/$/, "")}/${scratch}` };
    await migrateDatabase(definition, location);
    const up = await pendingSchemaChanges(definition, location);
    if (up.length === 0) {
      console.log(`${name}: the migrations already match the entities; nothing to generate.`);
      return;
    }
    const { dataSource } = await import("../shared/database/database").then((m) =>
      m.openDatabase({ location, entities: subgraphEntities(definition), migrations: definition.migrations }),
    );
    const log = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();

    const className = `${label}${Date.now()}`;
    const folder = path.join(REPOSITORY_ROOT, "subgraphs", entry.folder, "migrations");
    const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map((q) => {
          const parameters = q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : "";
          return `    await queryRunner.query(\`${escapeTemplate(q.query)}\`${parameters});`;
        })
        .join("\n");
    const file = path.join(folder, `${className}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(log.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...log.downQueries].reverse())}
  }
}
`,
    );
    writeIndex(folder, name);
    console.log(`Wrote ${path.relative(REPOSITORY_ROOT, file)} (${log.upQueries.length} statements).`);
  } finally {
    await connection.query(`DROP DATABASE \`${scratch}\``);
    await connection.end();
  }
}

/** migrations/index.ts lists every migration file of the folder, oldest first. */
function writeIndex(folder: string, name: string): void {
  const classes = fs
    .readdirSync(folder)
    .filter((f) => /^[A-Z]\w*\d{13}\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ""))
    .sort((a, b) => Number(a.slice(-13)) - Number(b.slice(-13)));
  fs.writeFileSync(
    path.join(folder, "index.ts"),
    `${[...classes]
      .sort()
      .map((c) => `import { ${c} } from "./${c}";`)
      .join("\n")}

/** The ${name} subgraph's MySQL schema, one migration per change, oldest first (\`npm run migration:generate\`). */
export const ${name}Migrations: Function[] = [${classes.join(", ")}];
`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
