import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecretsAndPersonalData1796360753720 implements MigrationInterface {
  name = "SecretsAndPersonalData1796360753720";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`content_key\` (\`id\` varchar(160) NOT NULL, \`key\` varchar(64) NOT NULL, \`createdAt\` varchar(30) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`cultural_event\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`cultural_event\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`destination\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`destination\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`promotion_campaign\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`promotion_campaign\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`publication\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`publication\` ADD \`secretHolder\` varchar(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`publication\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`publication\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`promotion_campaign\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`promotion_campaign\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`destination\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`destination\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`cultural_event\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`cultural_event\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`DROP TABLE \`content_key\``);
  }
}
