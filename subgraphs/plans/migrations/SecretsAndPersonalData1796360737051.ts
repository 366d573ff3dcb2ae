import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecretsAndPersonalData1796360737051 implements MigrationInterface {
  name = "SecretsAndPersonalData1796360737051";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`content_key\` (\`id\` varchar(160) NOT NULL, \`key\` varchar(64) NOT NULL, \`createdAt\` varchar(30) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`processing_log\` (\`id\` varchar(40) NOT NULL, \`at\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, \`role\` varchar(16) NULL, \`operation\` varchar(20) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`entity\` varchar(40) NOT NULL, \`recordIds\` text NOT NULL, \`fields\` text NOT NULL, \`note\` varchar(300) NULL, INDEX \`IDX_dae6b7c9d560006f9b6ba3aaf1\` (\`provinceCode\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`outgoing_secret_document\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`documentNumber\` varchar(80) NOT NULL, \`issuedOn\` date NOT NULL, \`subject\` varchar(300) NOT NULL, \`level\` varchar(16) NOT NULL, \`copies\` int NULL, \`recipients\` varchar(1000) NOT NULL, \`drafter\` varchar(200) NOT NULL, \`copyingAllowed\` tinyint NOT NULL DEFAULT 0, INDEX \`IDX_77096ced4a8e8f91517bb539fd\` (\`provinceCode\`, \`issuedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_77096ced4a8e8f91517bb539fd\` ON \`outgoing_secret_document\``);
    await queryRunner.query(`DROP TABLE \`outgoing_secret_document\``);
    await queryRunner.query(`DROP INDEX \`IDX_dae6b7c9d560006f9b6ba3aaf1\` ON \`processing_log\``);
    await queryRunner.query(`DROP TABLE \`processing_log\``);
    await queryRunner.query(`DROP TABLE \`content_key\``);
  }
}
