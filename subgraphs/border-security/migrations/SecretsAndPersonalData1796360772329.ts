import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecretsAndPersonalData1796360772329 implements MigrationInterface {
  name = "SecretsAndPersonalData1796360772329";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`content_key\` (\`id\` varchar(160) NOT NULL, \`key\` varchar(64) NOT NULL, \`createdAt\` varchar(30) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`border_commune\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`border_commune\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`border_gate\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`border_gate\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`border_incident\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`border_incident\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`information_point\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`information_point\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`outreach_session\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`outreach_session\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`self_management_group\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`self_management_group\` ADD \`secretHolder\` varchar(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`self_management_group\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`self_management_group\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`outreach_session\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`outreach_session\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`information_point\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`information_point\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`border_incident\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`border_incident\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`border_gate\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`border_gate\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`border_commune\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`border_commune\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`DROP TABLE \`content_key\``);
  }
}
