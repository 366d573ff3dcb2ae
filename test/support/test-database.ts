import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";
import type { DatabaseLocation } from "../../shared/database/database";
import { MYSQL_COLLATION } from "../../shared/database/database";

/**
 * Which database the suite runs on. `npm test` runs it twice: on the embedded
 * database, then with HUB_TEST_DATABASE=mysql on the MySQL-compatible server
 * at HUB_TEST_MYSQL_URL (an administrator URL, see scripts/test-mariadb.sh).
 */
export const ON_MYSQL = process.env.HUB_TEST_DATABASE === "mysql";

export function adminUrl(): string {
  const url = process.env.HUB_TEST_MYSQL_URL;
  if (!url) throw new Error('HUB_TEST_DATABASE=mysql needs HUB_TEST_MYSQL_URL (eval "$(bash scripts/test-mariadb.sh)")');
  return url.replace(/\/$/, "");
}

/** A fresh, empty MySQL database (utf8mb4) for one test subgraph. */
export async function createMysqlDatabase(label: string): Promise<{ location: DatabaseLocation; drop(): Promise<void> }> {
  const name = `hub_t_${label.replace(/\W/g, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
  const connection = await createConnection(adminUrl());
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE ${MYSQL_COLLATION}`);
  } finally {
    await connection.end();
  }
  return {
    location: { url: `${adminUrl()}/${name}` },
    drop: async () => {
      const admin = await createConnection(adminUrl());
      try {
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await admin.end();
      }
    },
  };
}
