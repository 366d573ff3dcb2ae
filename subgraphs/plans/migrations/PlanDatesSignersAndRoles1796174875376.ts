import type { MigrationInterface, QueryRunner } from "typeorm";

export class PlanDatesSignersAndRoles1796174875376 implements MigrationInterface {
  name = "PlanDatesSignersAndRoles1796174875376";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`issuedOn\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`approvalSignatoryName\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`approvalSignatoryTitle\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`assignment\` ADD \`role\` varchar(300) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`assignment\` DROP COLUMN \`role\``);
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`approvalSignatoryTitle\``);
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`approvalSignatoryName\``);
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`issuedOn\``);
  }
}
