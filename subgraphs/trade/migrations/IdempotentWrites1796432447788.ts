import type { MigrationInterface, QueryRunner } from "typeorm";

export class IdempotentWrites1796432447788 implements MigrationInterface {
  name = "IdempotentWrites1796432447788";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`idempotent_write\` (\`slot\` varchar(64) NOT NULL, \`userId\` varchar(200) NOT NULL, \`operation\` varchar(80) NOT NULL, \`inputHash\` varchar(64) NOT NULL, \`entity\` varchar(80) NOT NULL, \`recordId\` varchar(160) NOT NULL, \`createdAt\` varchar(30) NOT NULL, INDEX \`IDX_578527c2abbf6eba5d6801547a\` (\`createdAt\`), PRIMARY KEY (\`slot\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_578527c2abbf6eba5d6801547a\` ON \`idempotent_write\``);
    await queryRunner.query(`DROP TABLE \`idempotent_write\``);
  }
}
