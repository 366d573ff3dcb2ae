import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecretsAndPersonalData1796360745266 implements MigrationInterface {
  name = "SecretsAndPersonalData1796360745266";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`content_key\` (\`id\` varchar(160) NOT NULL, \`key\` varchar(64) NOT NULL, \`createdAt\` varchar(30) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`fta_outreach\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`fta_outreach\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`investment_project\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`investment_project\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`product\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`product\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`trade_event\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`trade_event\` ADD \`secretHolder\` varchar(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`trade_event\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`trade_event\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`product\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`product\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`investment_project\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`investment_project\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`fta_outreach\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`fta_outreach\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`DROP TABLE \`content_key\``);
  }
}
