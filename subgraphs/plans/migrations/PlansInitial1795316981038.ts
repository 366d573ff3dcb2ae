import type { MigrationInterface, QueryRunner } from "typeorm";

export class PlansInitial1795316981038 implements MigrationInterface {
  name = "PlansInitial1795316981038";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_entry\` (\`sequence\` int NOT NULL, \`at\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, \`actorProvinceCode\` varchar(16) NULL, \`role\` varchar(16) NULL, \`operation\` varchar(80) NOT NULL, \`entity\` varchar(80) NOT NULL, \`recordId\` varchar(160) NULL, \`outcome\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`before\` text NULL, \`after\` text NULL, \`classification\` varchar(16) NOT NULL, \`provinceCode\` varchar(16) NULL, \`agencyIds\` text NOT NULL, \`previousHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`IDX_5f37c31746e02449ef4983fd2c\` (\`recordId\`), INDEX \`IDX_080739b096766af3e83c84f618\` (\`provinceCode\`), PRIMARY KEY (\`sequence\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`agency\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`code\` varchar(80) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`validFrom\` date NULL, \`validUntil\` date NULL, \`successorId\` varchar(120) NULL, \`reportsRequired\` tinyint NOT NULL DEFAULT 1, INDEX \`IDX_da78c4c5a5a6227662706cc8a0\` (\`provinceCode\`), INDEX \`IDX_9d60d8385ad674fae366fc8792\` (\`successorId\`), UNIQUE INDEX \`IDX_97949a1949d0af574b35188bab\` (\`provinceCode\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`focal_point\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`agencyId\` varchar(120) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`role\` varchar(32) NOT NULL, \`fullName\` varchar(200) NOT NULL, \`position\` varchar(200) NULL, \`phone\` varchar(40) NULL, \`email\` varchar(200) NULL, \`appointedOn\` date NULL, INDEX \`IDX_92d5bb9df5db8ad7546f305f72\` (\`agencyId\`), INDEX \`IDX_df4acb1e54e0f00e4bca015858\` (\`provinceCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`province\` (\`code\` varchar(16) NOT NULL, \`name\` varchar(120) NOT NULL, \`validUntil\` date NULL, \`successorCode\` varchar(16) NULL, PRIMARY KEY (\`code\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`reporting_deadline\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`planId\` varchar(120) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`period\` varchar(32) NOT NULL, \`dueOn\` date NULL, \`rawText\` varchar(300) NOT NULL, INDEX \`IDX_4e613512532e10fb925866206e\` (\`planId\`), INDEX \`IDX_abc03f9ef32b77e561f3c1dfa8\` (\`provinceCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`report\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`agencyId\` varchar(120) NOT NULL, \`deadlineId\` varchar(120) NOT NULL, \`provinceCode\` varchar(16) NOT NULL, \`submittedOn\` date NOT NULL, \`documentNumber\` varchar(120) NULL, \`summary\` text NULL, INDEX \`IDX_1ae89cb7cb27a7269c0f2c1339\` (\`agencyId\`), INDEX \`IDX_6492edea83b17a938ca03f8464\` (\`deadlineId\`), INDEX \`IDX_fa06940c0941123b51d012a9a5\` (\`provinceCode\`), UNIQUE INDEX \`IDX_126b7291b83d6891b8c5993fc9\` (\`agencyId\`, \`deadlineId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`task\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`planId\` varchar(120) NOT NULL, \`parentId\` varchar(160) NULL, \`provinceCode\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`position\` int NOT NULL, \`ordinal\` varchar(40) NOT NULL, \`outline\` varchar(80) NOT NULL, \`depth\` int NOT NULL DEFAULT '0', \`title\` text NOT NULL, \`text\` text NULL, \`status\` varchar(32) NOT NULL, \`progressNote\` text NULL, \`timeframeLabel\` varchar(200) NULL, \`startsOn\` date NULL, \`endsOn\` date NULL, INDEX \`IDX_401a40b63406dcfe20092a6269\` (\`planId\`), INDEX \`IDX_8c9920b5fb32c3d8453f64b705\` (\`parentId\`), INDEX \`IDX_80827d26720b79045e4e6cd329\` (\`endsOn\`), INDEX \`IDX_66a912f40a70255d46c1edb8ed\` (\`provinceCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`task_participant\` (\`id\` varchar(200) NOT NULL, \`taskId\` varchar(160) NOT NULL, \`role\` varchar(32) NOT NULL, \`position\` int NOT NULL, \`agencyId\` varchar(120) NULL, \`nameAsWritten\` varchar(300) NOT NULL, INDEX \`IDX_62eb3b25ac8448eb7353da8330\` (\`taskId\`), INDEX \`IDX_c53c0f92505223c3abc674451e\` (\`agencyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`task_border_gate\` (\`id\` varchar(300) NOT NULL, \`taskId\` varchar(160) NOT NULL, \`borderGateId\` varchar(120) NOT NULL, INDEX \`IDX_a6cb2d1696b662b1bb86ded6a5\` (\`taskId\`), INDEX \`IDX_8a5012a82d26ca7ec0d7327462\` (\`borderGateId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`plan\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`title\` varchar(500) NOT NULL, \`documentNumber\` varchar(80) NULL, \`approvedByNumber\` varchar(80) NULL, \`approvedOn\` date NULL, \`signatoryName\` varchar(200) NULL, \`signatoryTitle\` varchar(200) NULL, \`objectives\` text NOT NULL, \`requirements\` text NOT NULL, \`budget\` text NULL, \`focalPointsDueOn\` date NULL, \`focalPointsDueText\` varchar(200) NULL, \`importWarnings\` text NOT NULL, INDEX \`IDX_c83c44e51c88735ea2d78bf590\` (\`provinceCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`legal_basis\` (\`id\` varchar(160) NOT NULL, \`planId\` varchar(120) NOT NULL, \`position\` int NOT NULL, \`kind\` varchar(80) NOT NULL, \`number\` varchar(80) NULL, \`issuedOn\` date NULL, \`issuer\` varchar(200) NULL, \`text\` text NOT NULL, INDEX \`IDX_9d2c5ebcc94e4240229b8827f6\` (\`planId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`assignment\` (\`id\` varchar(160) NOT NULL, \`planId\` varchar(120) NOT NULL, \`position\` int NOT NULL, \`agencyId\` varchar(120) NULL, \`agencyName\` varchar(300) NOT NULL, \`duties\` text NOT NULL, INDEX \`IDX_eeef63dab6edb1673a914e5f1e\` (\`planId\`), INDEX \`IDX_a4ddbb718184d8546fd69e6a93\` (\`agencyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_a4ddbb718184d8546fd69e6a93\` ON \`assignment\``);
    await queryRunner.query(`DROP INDEX \`IDX_eeef63dab6edb1673a914e5f1e\` ON \`assignment\``);
    await queryRunner.query(`DROP TABLE \`assignment\``);
    await queryRunner.query(`DROP INDEX \`IDX_9d2c5ebcc94e4240229b8827f6\` ON \`legal_basis\``);
    await queryRunner.query(`DROP TABLE \`legal_basis\``);
    await queryRunner.query(`DROP INDEX \`IDX_c83c44e51c88735ea2d78bf590\` ON \`plan\``);
    await queryRunner.query(`DROP TABLE \`plan\``);
    await queryRunner.query(`DROP INDEX \`IDX_8a5012a82d26ca7ec0d7327462\` ON \`task_border_gate\``);
    await queryRunner.query(`DROP INDEX \`IDX_a6cb2d1696b662b1bb86ded6a5\` ON \`task_border_gate\``);
    await queryRunner.query(`DROP TABLE \`task_border_gate\``);
    await queryRunner.query(`DROP INDEX \`IDX_c53c0f92505223c3abc674451e\` ON \`task_participant\``);
    await queryRunner.query(`DROP INDEX \`IDX_62eb3b25ac8448eb7353da8330\` ON \`task_participant\``);
    await queryRunner.query(`DROP TABLE \`task_participant\``);
    await queryRunner.query(`DROP INDEX \`IDX_66a912f40a70255d46c1edb8ed\` ON \`task\``);
    await queryRunner.query(`DROP INDEX \`IDX_80827d26720b79045e4e6cd329\` ON \`task\``);
    await queryRunner.query(`DROP INDEX \`IDX_8c9920b5fb32c3d8453f64b705\` ON \`task\``);
    await queryRunner.query(`DROP INDEX \`IDX_401a40b63406dcfe20092a6269\` ON \`task\``);
    await queryRunner.query(`DROP TABLE \`task\``);
    await queryRunner.query(`DROP INDEX \`IDX_126b7291b83d6891b8c5993fc9\` ON \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_fa06940c0941123b51d012a9a5\` ON \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_6492edea83b17a938ca03f8464\` ON \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_1ae89cb7cb27a7269c0f2c1339\` ON \`report\``);
    await queryRunner.query(`DROP TABLE \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_abc03f9ef32b77e561f3c1dfa8\` ON \`reporting_deadline\``);
    await queryRunner.query(`DROP INDEX \`IDX_4e613512532e10fb925866206e\` ON \`reporting_deadline\``);
    await queryRunner.query(`DROP TABLE \`reporting_deadline\``);
    await queryRunner.query(`DROP TABLE \`province\``);
    await queryRunner.query(`DROP INDEX \`IDX_df4acb1e54e0f00e4bca015858\` ON \`focal_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_92d5bb9df5db8ad7546f305f72\` ON \`focal_point\``);
    await queryRunner.query(`DROP TABLE \`focal_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_97949a1949d0af574b35188bab\` ON \`agency\``);
    await queryRunner.query(`DROP INDEX \`IDX_9d60d8385ad674fae366fc8792\` ON \`agency\``);
    await queryRunner.query(`DROP INDEX \`IDX_da78c4c5a5a6227662706cc8a0\` ON \`agency\``);
    await queryRunner.query(`DROP TABLE \`agency\``);
    await queryRunner.query(`DROP INDEX \`IDX_080739b096766af3e83c84f618\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_5f37c31746e02449ef4983fd2c\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
