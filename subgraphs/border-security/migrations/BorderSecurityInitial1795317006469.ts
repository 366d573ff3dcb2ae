import type { MigrationInterface, QueryRunner } from "typeorm";

export class BorderSecurityInitial1795317006469 implements MigrationInterface {
  name = "BorderSecurityInitial1795317006469";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_entry\` (\`sequence\` int NOT NULL, \`at\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, \`actorProvinceCode\` varchar(16) NULL, \`role\` varchar(16) NULL, \`operation\` varchar(80) NOT NULL, \`entity\` varchar(80) NOT NULL, \`recordId\` varchar(160) NULL, \`outcome\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`before\` text NULL, \`after\` text NULL, \`classification\` varchar(16) NOT NULL, \`provinceCode\` varchar(16) NULL, \`agencyIds\` text NOT NULL, \`previousHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`IDX_5f37c31746e02449ef4983fd2c\` (\`recordId\`), INDEX \`IDX_080739b096766af3e83c84f618\` (\`provinceCode\`), PRIMARY KEY (\`sequence\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`border_commune\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(200) NOT NULL, \`district\` varchar(120) NULL, \`countryCode\` varchar(2) NOT NULL, \`population\` int NULL, \`borderLengthKm\` double NULL, INDEX \`IDX_522c788b20effc22a78e65000f\` (\`provinceCode\`), INDEX \`IDX_5dd70cc76c4909b59dc8729241\` (\`taskId\`), INDEX \`IDX_f222c79c05868b675c1a634b41\` (\`district\`), INDEX \`IDX_cfb22189b46fbc28aa49f673d7\` (\`countryCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`border_gate\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(200) NOT NULL, \`kind\` varchar(32) NOT NULL, \`countryCode\` varchar(2) NOT NULL, \`oppositeGate\` varchar(200) NULL, \`district\` varchar(120) NULL, \`openedOn\` date NULL, \`description\` text NULL, INDEX \`IDX_4d9dd6e98c26774ce25de4e139\` (\`provinceCode\`), INDEX \`IDX_b2bd45460600b688aa3026a7b6\` (\`taskId\`), INDEX \`IDX_204898cf800db3ebf45937f7d0\` (\`kind\`), INDEX \`IDX_e0a995eb8fabe46a79e56bd1f6\` (\`countryCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`border_incident\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`title\` varchar(300) NOT NULL, \`occurredOn\` date NULL, \`borderGateId\` varchar(120) NULL, \`borderCommuneId\` varchar(120) NULL, \`description\` text NULL, \`actionTaken\` text NULL, INDEX \`IDX_3499d488ee16ef7d9b6c7a858b\` (\`provinceCode\`), INDEX \`IDX_7e8731f1afe21bd84cf0b55e0e\` (\`taskId\`), INDEX \`IDX_d35448908f8261ab180b685f39\` (\`occurredOn\`), INDEX \`IDX_dcd1b6f6dc3d90cdc9118d6f80\` (\`borderGateId\`), INDEX \`IDX_b4e0284150163efd9c9300111a\` (\`borderCommuneId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`information_point\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`kind\` varchar(32) NOT NULL, \`status\` varchar(32) NOT NULL, \`borderGateId\` varchar(120) NULL, \`borderCommuneId\` varchar(120) NULL, \`installedOn\` date NULL, \`languages\` text NOT NULL, \`description\` text NULL, INDEX \`IDX_59f096448915f20c7da22b3d9c\` (\`provinceCode\`), INDEX \`IDX_9cba86dea2ac72764de1983586\` (\`taskId\`), INDEX \`IDX_b13e99dace17ec8e9ccc25e513\` (\`status\`), INDEX \`IDX_7a15400f57a978bfd6e7107a88\` (\`borderGateId\`), INDEX \`IDX_313d9e1bbcf7051056254999e8\` (\`borderCommuneId\`), INDEX \`IDX_f02a46dc4dce5d752b6d796b51\` (\`installedOn\`), INDEX \`IDX_c4fa7375476f686c5924e0d943\` (\`provinceCode\`, \`installedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`outreach_session\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`topic\` varchar(500) NOT NULL, \`heldOn\` date NULL, \`attendees\` int NULL, \`language\` varchar(3) NULL, \`borderCommuneId\` varchar(120) NULL, \`borderGateId\` varchar(120) NULL, \`location\` varchar(300) NULL, INDEX \`IDX_76ab4d32de953c6b7f3145cc23\` (\`provinceCode\`), INDEX \`IDX_137ebf6fead047f4264d2703a0\` (\`taskId\`), INDEX \`IDX_8e48b40b19813be829e1b6ceb6\` (\`heldOn\`), INDEX \`IDX_7411f1b49c5aba13ab465fb5c2\` (\`borderCommuneId\`), INDEX \`IDX_c9cb6ca2287e14fbb5c499ca7c\` (\`borderGateId\`), INDEX \`IDX_ecb1910633b8e1db749c322429\` (\`provinceCode\`, \`heldOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`self_management_group\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`borderCommuneId\` varchar(120) NULL, \`members\` int NULL, \`markers\` text NULL, \`lengthKm\` double NULL, \`establishedOn\` date NULL, INDEX \`IDX_a5fbc567a5bae567b24afcfcdf\` (\`provinceCode\`), INDEX \`IDX_19bf5cb927f28c93288ab525b2\` (\`taskId\`), INDEX \`IDX_77c48153c36c7a7bfe378eaedc\` (\`borderCommuneId\`), INDEX \`IDX_6272cfa92821b36557a14c90b5\` (\`establishedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_6272cfa92821b36557a14c90b5\` ON \`self_management_group\``);
    await queryRunner.query(`DROP INDEX \`IDX_77c48153c36c7a7bfe378eaedc\` ON \`self_management_group\``);
    await queryRunner.query(`DROP INDEX \`IDX_19bf5cb927f28c93288ab525b2\` ON \`self_management_group\``);
    await queryRunner.query(`DROP INDEX \`IDX_a5fbc567a5bae567b24afcfcdf\` ON \`self_management_group\``);
    await queryRunner.query(`DROP TABLE \`self_management_group\``);
    await queryRunner.query(`DROP INDEX \`IDX_ecb1910633b8e1db749c322429\` ON \`outreach_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_c9cb6ca2287e14fbb5c499ca7c\` ON \`outreach_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_7411f1b49c5aba13ab465fb5c2\` ON \`outreach_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_8e48b40b19813be829e1b6ceb6\` ON \`outreach_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_137ebf6fead047f4264d2703a0\` ON \`outreach_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_76ab4d32de953c6b7f3145cc23\` ON \`outreach_session\``);
    await queryRunner.query(`DROP TABLE \`outreach_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_c4fa7375476f686c5924e0d943\` ON \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_f02a46dc4dce5d752b6d796b51\` ON \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_313d9e1bbcf7051056254999e8\` ON \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_7a15400f57a978bfd6e7107a88\` ON \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_b13e99dace17ec8e9ccc25e513\` ON \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_9cba86dea2ac72764de1983586\` ON \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_59f096448915f20c7da22b3d9c\` ON \`information_point\``);
    await queryRunner.query(`DROP TABLE \`information_point\``);
    await queryRunner.query(`DROP INDEX \`IDX_b4e0284150163efd9c9300111a\` ON \`border_incident\``);
    await queryRunner.query(`DROP INDEX \`IDX_dcd1b6f6dc3d90cdc9118d6f80\` ON \`border_incident\``);
    await queryRunner.query(`DROP INDEX \`IDX_d35448908f8261ab180b685f39\` ON \`border_incident\``);
    await queryRunner.query(`DROP INDEX \`IDX_7e8731f1afe21bd84cf0b55e0e\` ON \`border_incident\``);
    await queryRunner.query(`DROP INDEX \`IDX_3499d488ee16ef7d9b6c7a858b\` ON \`border_incident\``);
    await queryRunner.query(`DROP TABLE \`border_incident\``);
    await queryRunner.query(`DROP INDEX \`IDX_e0a995eb8fabe46a79e56bd1f6\` ON \`border_gate\``);
    await queryRunner.query(`DROP INDEX \`IDX_204898cf800db3ebf45937f7d0\` ON \`border_gate\``);
    await queryRunner.query(`DROP INDEX \`IDX_b2bd45460600b688aa3026a7b6\` ON \`border_gate\``);
    await queryRunner.query(`DROP INDEX \`IDX_4d9dd6e98c26774ce25de4e139\` ON \`border_gate\``);
    await queryRunner.query(`DROP TABLE \`border_gate\``);
    await queryRunner.query(`DROP INDEX \`IDX_cfb22189b46fbc28aa49f673d7\` ON \`border_commune\``);
    await queryRunner.query(`DROP INDEX \`IDX_f222c79c05868b675c1a634b41\` ON \`border_commune\``);
    await queryRunner.query(`DROP INDEX \`IDX_5dd70cc76c4909b59dc8729241\` ON \`border_commune\``);
    await queryRunner.query(`DROP INDEX \`IDX_522c788b20effc22a78e65000f\` ON \`border_commune\``);
    await queryRunner.query(`DROP TABLE \`border_commune\``);
    await queryRunner.query(`DROP INDEX \`IDX_080739b096766af3e83c84f618\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_5f37c31746e02449ef4983fd2c\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
