import type { MigrationInterface, QueryRunner } from "typeorm";

export class UsedIdentities1796468688460 implements MigrationInterface {
  name = "UsedIdentities1796468688460";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`used_identity\` (\`slot\` varchar(100) NOT NULL, \`expiresAt\` varchar(30) NOT NULL, INDEX \`IDX_eebf57ed88a558ac2f85d75772\` (\`expiresAt\`), PRIMARY KEY (\`slot\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_eebf57ed88a558ac2f85d75772\` ON \`used_identity\``);
    await queryRunner.query(`DROP TABLE \`used_identity\``);
  }
}
