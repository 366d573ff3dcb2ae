import type { MigrationInterface, QueryRunner } from "typeorm";

export class ReportDocuments1796381975562 implements MigrationInterface {
  name = "ReportDocuments1796381975562";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`report_file_part\` (\`reportId\` varchar(120) NOT NULL, \`part\` int NOT NULL, \`bytes\` blob NOT NULL, PRIMARY KEY (\`reportId\`, \`part\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`report\` ADD \`fileName\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`report\` ADD \`fileType\` varchar(100) NULL`);
    await queryRunner.query(`ALTER TABLE \`report\` ADD \`fileBytes\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`report\` ADD \`fileSha256\` varchar(64) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`report\` DROP COLUMN \`fileSha256\``);
    await queryRunner.query(`ALTER TABLE \`report\` DROP COLUMN \`fileBytes\``);
    await queryRunner.query(`ALTER TABLE \`report\` DROP COLUMN \`fileType\``);
    await queryRunner.query(`ALTER TABLE \`report\` DROP COLUMN \`fileName\``);
    await queryRunner.query(`DROP TABLE \`report_file_part\``);
  }
}
