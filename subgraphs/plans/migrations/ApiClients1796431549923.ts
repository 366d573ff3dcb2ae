import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApiClients1796431549923 implements MigrationInterface {
  name = "ApiClients1796431549923";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`api_client\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`agencyCode\` varchar(80) NOT NULL, \`name\` varchar(200) NOT NULL, \`scopes\` text NOT NULL, \`secretHash\` varchar(64) NOT NULL, \`revokedAt\` varchar(30) NULL, INDEX \`IDX_f822ade5366bf5e3626db55af6\` (\`provinceCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_f822ade5366bf5e3626db55af6\` ON \`api_client\``);
    await queryRunner.query(`DROP TABLE \`api_client\``);
  }
}
