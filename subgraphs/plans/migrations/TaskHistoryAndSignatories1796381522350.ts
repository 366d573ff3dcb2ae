import type { MigrationInterface, QueryRunner } from "typeorm";

export class TaskHistoryAndSignatories1796381522350 implements MigrationInterface {
  name = "TaskHistoryAndSignatories1796381522350";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`signatory\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`agencyId\` varchar(120) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`fullName\` varchar(200) NOT NULL, \`title\` varchar(120) NOT NULL, \`isHead\` tinyint NOT NULL DEFAULT 0, \`validFrom\` date NULL, \`validUntil\` date NULL, INDEX \`IDX_e8f32cfde9309aae8d630dbae1\` (\`agencyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`task_status_change\` (\`id\` varchar(40) NOT NULL, \`taskId\` varchar(160) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`status\` varchar(32) NOT NULL, \`progressNote\` text NULL, \`changedOn\` date NOT NULL, \`changedAt\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, INDEX \`IDX_f6b1caedc6b4f1c10ec5cc40ac\` (\`taskId\`), INDEX \`IDX_19cc76fdd1e020b7548e089518\` (\`taskId\`, \`changedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_19cc76fdd1e020b7548e089518\` ON \`task_status_change\``);
    await queryRunner.query(`DROP INDEX \`IDX_f6b1caedc6b4f1c10ec5cc40ac\` ON \`task_status_change\``);
    await queryRunner.query(`DROP TABLE \`task_status_change\``);
    await queryRunner.query(`DROP INDEX \`IDX_e8f32cfde9309aae8d630dbae1\` ON \`signatory\``);
    await queryRunner.query(`DROP TABLE \`signatory\``);
  }
}
