import type { MigrationInterface, QueryRunner } from "typeorm";

export class ReminderClaims1796468941689 implements MigrationInterface {
  name = "ReminderClaims1796468941689";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`reminder_message\` ADD \`claimedAt\` varchar(30) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`reminder_message\` DROP COLUMN \`claimedAt\``);
  }
}
