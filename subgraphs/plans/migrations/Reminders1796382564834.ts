import type { MigrationInterface, QueryRunner } from "typeorm";

export class Reminders1796382564834 implements MigrationInterface {
  name = "Reminders1796382564834";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`reminder_message\` (\`id\` varchar(40) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`agencyId\` varchar(120) NOT NULL, \`deadlineId\` varchar(120) NOT NULL, \`year\` int NOT NULL, \`period\` varchar(16) NOT NULL, \`step\` varchar(32) NOT NULL, \`stepKey\` varchar(48) NOT NULL, \`daysBefore\` int NULL, \`dueOn\` date NULL, \`respondBy\` date NULL, \`status\` varchar(24) NOT NULL, \`recipients\` text NOT NULL, \`subject\` varchar(300) NOT NULL, \`createdAt\` varchar(30) NOT NULL, \`sentAt\` varchar(30) NULL, \`messageId\` varchar(300) NULL, \`attempts\` int NOT NULL DEFAULT '0', \`error\` varchar(500) NULL, INDEX \`IDX_76bdf648cfb99a899cf550024f\` (\`provinceCode\`), UNIQUE INDEX \`IDX_44904280a3138c2a70b06648a2\` (\`agencyId\`, \`deadlineId\`, \`stepKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`scheduler_lease\` (\`name\` varchar(40) NOT NULL, \`holder\` varchar(80) NOT NULL, \`until\` bigint NOT NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`scheduler_lease\``);
    await queryRunner.query(`DROP INDEX \`IDX_44904280a3138c2a70b06648a2\` ON \`reminder_message\``);
    await queryRunner.query(`DROP INDEX \`IDX_76bdf648cfb99a899cf550024f\` ON \`reminder_message\``);
    await queryRunner.query(`DROP TABLE \`reminder_message\``);
  }
}
