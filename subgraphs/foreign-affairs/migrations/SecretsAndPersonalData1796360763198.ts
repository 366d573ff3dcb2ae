import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecretsAndPersonalData1796360763198 implements MigrationInterface {
  name = "SecretsAndPersonalData1796360763198";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`content_key\` (\`id\` varchar(160) NOT NULL, \`key\` varchar(64) NOT NULL, \`createdAt\` varchar(30) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`partner_locality\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`partner_locality\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`delegation\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`delegation\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`foreign_press_visit\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`foreign_press_visit\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`media_monitoring_item\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`media_monitoring_item\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`overseas_community\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`overseas_community\` ADD \`secretHolder\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`press_conference\` ADD \`secretRegistrationNumber\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`press_conference\` ADD \`secretHolder\` varchar(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`press_conference\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`press_conference\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`overseas_community\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`overseas_community\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`media_monitoring_item\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`media_monitoring_item\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`foreign_press_visit\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`foreign_press_visit\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`delegation\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`delegation\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`ALTER TABLE \`partner_locality\` DROP COLUMN \`secretHolder\``);
    await queryRunner.query(`ALTER TABLE \`partner_locality\` DROP COLUMN \`secretRegistrationNumber\``);
    await queryRunner.query(`DROP TABLE \`content_key\``);
  }
}
