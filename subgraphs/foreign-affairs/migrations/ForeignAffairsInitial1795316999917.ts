import type { MigrationInterface, QueryRunner } from "typeorm";

export class ForeignAffairsInitial1795316999917 implements MigrationInterface {
  name = "ForeignAffairsInitial1795316999917";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_entry\` (\`sequence\` int NOT NULL, \`at\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, \`actorProvinceCode\` varchar(16) NULL, \`role\` varchar(16) NULL, \`operation\` varchar(80) NOT NULL, \`entity\` varchar(80) NOT NULL, \`recordId\` varchar(160) NULL, \`outcome\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`before\` text NULL, \`after\` text NULL, \`classification\` varchar(16) NOT NULL, \`provinceCode\` varchar(16) NULL, \`agencyIds\` text NOT NULL, \`previousHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`IDX_5f37c31746e02449ef4983fd2c\` (\`recordId\`), INDEX \`IDX_080739b096766af3e83c84f618\` (\`provinceCode\`), PRIMARY KEY (\`sequence\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`partner_locality\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(200) NOT NULL, \`localName\` varchar(200) NULL, \`countryCode\` varchar(2) NOT NULL, \`kind\` varchar(60) NULL, \`cooperationSince\` date NULL, \`agreement\` text NULL, INDEX \`IDX_074d3a228f0d10f349127e01a0\` (\`provinceCode\`), INDEX \`IDX_4aeb18e6020986516c2fec5ba6\` (\`taskId\`), INDEX \`IDX_db0159654dd540aee62b7483e5\` (\`countryCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`delegation\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`direction\` varchar(32) NOT NULL, \`countryCode\` varchar(2) NOT NULL, \`partnerLocalityId\` varchar(120) NULL, \`startsOn\` date NULL, \`endsOn\` date NULL, \`headedBy\` varchar(300) NULL, \`memberCount\` int NULL, \`purpose\` text NULL, INDEX \`IDX_afa890e8549ccc72f0f49eb938\` (\`provinceCode\`), INDEX \`IDX_1c4c9f9771c506e18ab9001bcc\` (\`taskId\`), INDEX \`IDX_6dcca2dcf782d6db0c3d4e05d3\` (\`direction\`), INDEX \`IDX_161dba15b1045c4819f02eee24\` (\`countryCode\`), INDEX \`IDX_7f9a2efb2052d5a571bab111e4\` (\`partnerLocalityId\`), INDEX \`IDX_a897d5d5b5a70e3cdeea1662fb\` (\`startsOn\`), INDEX \`IDX_1f49460590052156873563df72\` (\`provinceCode\`, \`startsOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`foreign_press_visit\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`outlet\` varchar(300) NOT NULL, \`reporterCount\` int NULL, \`purpose\` text NULL, \`countryCode\` varchar(2) NOT NULL, \`arrivesOn\` date NULL, \`departsOn\` date NULL, \`borderGateId\` varchar(120) NULL, \`hostAgency\` varchar(300) NULL, INDEX \`IDX_72874792fd5397304f4a5d9e3b\` (\`provinceCode\`), INDEX \`IDX_7e4d9552ca50f202cdfa578d9f\` (\`taskId\`), INDEX \`IDX_b1e96a10f2dbfc29cad20cb203\` (\`countryCode\`), INDEX \`IDX_b039ec83ed13b3c355a47904ca\` (\`arrivesOn\`), INDEX \`IDX_48db8b851598b2f506f287afde\` (\`borderGateId\`), INDEX \`IDX_e4fc064902c371d1b3ace01aca\` (\`provinceCode\`, \`arrivesOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`media_monitoring_item\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`headline\` varchar(500) NOT NULL, \`outlet\` varchar(300) NOT NULL, \`countryCode\` varchar(2) NULL, \`publishedOn\` date NULL, \`url\` varchar(2000) NULL, \`sentiment\` varchar(32) NOT NULL, \`rebuttal\` text NULL, \`rebuttedOn\` date NULL, INDEX \`IDX_624bb247f7b490da1ffa7d38a3\` (\`provinceCode\`), INDEX \`IDX_8819ee3f02a8ce2393b1451e0b\` (\`taskId\`), INDEX \`IDX_7397f62abcf1f1db3a6fcd70c4\` (\`countryCode\`), INDEX \`IDX_4fd79036912bb39918625ad3b2\` (\`publishedOn\`), INDEX \`IDX_11cd96d9f31602aff4286b9716\` (\`sentiment\`), INDEX \`IDX_f5f9a1e7ff9508e4626da3c950\` (\`rebuttedOn\`), INDEX \`IDX_be702c223c213d99831e64c7ad\` (\`provinceCode\`, \`publishedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`overseas_community\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`countryCode\` varchar(2) NOT NULL, \`estimatedSize\` int NULL, \`contactOrganisation\` varchar(300) NULL, \`notes\` text NULL, INDEX \`IDX_5053811a3ad5d5313541494fd9\` (\`provinceCode\`), INDEX \`IDX_5ae8fcfaf0d2f9536cb4d9b910\` (\`taskId\`), INDEX \`IDX_3d1937b1a567c7069a4e4bbae4\` (\`countryCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`press_conference\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`title\` varchar(300) NOT NULL, \`heldOn\` date NULL, \`venue\` varchar(300) NULL, \`spokesperson\` varchar(300) NULL, \`foreignOutlets\` int NULL, \`attendees\` int NULL, INDEX \`IDX_9c68e74b461b7c6d8d0af12fc0\` (\`provinceCode\`), INDEX \`IDX_f1c11b8114e505ad19f74fd72b\` (\`taskId\`), INDEX \`IDX_a468a636c6ad9a4d1682e25b6a\` (\`heldOn\`), INDEX \`IDX_cbd2c0ff56f29b6614240aba2c\` (\`provinceCode\`, \`heldOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_cbd2c0ff56f29b6614240aba2c\` ON \`press_conference\``);
    await queryRunner.query(`DROP INDEX \`IDX_a468a636c6ad9a4d1682e25b6a\` ON \`press_conference\``);
    await queryRunner.query(`DROP INDEX \`IDX_f1c11b8114e505ad19f74fd72b\` ON \`press_conference\``);
    await queryRunner.query(`DROP INDEX \`IDX_9c68e74b461b7c6d8d0af12fc0\` ON \`press_conference\``);
    await queryRunner.query(`DROP TABLE \`press_conference\``);
    await queryRunner.query(`DROP INDEX \`IDX_3d1937b1a567c7069a4e4bbae4\` ON \`overseas_community\``);
    await queryRunner.query(`DROP INDEX \`IDX_5ae8fcfaf0d2f9536cb4d9b910\` ON \`overseas_community\``);
    await queryRunner.query(`DROP INDEX \`IDX_5053811a3ad5d5313541494fd9\` ON \`overseas_community\``);
    await queryRunner.query(`DROP TABLE \`overseas_community\``);
    await queryRunner.query(`DROP INDEX \`IDX_be702c223c213d99831e64c7ad\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_f5f9a1e7ff9508e4626da3c950\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_11cd96d9f31602aff4286b9716\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_4fd79036912bb39918625ad3b2\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_7397f62abcf1f1db3a6fcd70c4\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_8819ee3f02a8ce2393b1451e0b\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_624bb247f7b490da1ffa7d38a3\` ON \`media_monitoring_item\``);
    await queryRunner.query(`DROP TABLE \`media_monitoring_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_e4fc064902c371d1b3ace01aca\` ON \`foreign_press_visit\``);
    await queryRunner.query(`DROP INDEX \`IDX_48db8b851598b2f506f287afde\` ON \`foreign_press_visit\``);
    await queryRunner.query(`DROP INDEX \`IDX_b039ec83ed13b3c355a47904ca\` ON \`foreign_press_visit\``);
    await queryRunner.query(`DROP INDEX \`IDX_b1e96a10f2dbfc29cad20cb203\` ON \`foreign_press_visit\``);
    await queryRunner.query(`DROP INDEX \`IDX_7e4d9552ca50f202cdfa578d9f\` ON \`foreign_press_visit\``);
    await queryRunner.query(`DROP INDEX \`IDX_72874792fd5397304f4a5d9e3b\` ON \`foreign_press_visit\``);
    await queryRunner.query(`DROP TABLE \`foreign_press_visit\``);
    await queryRunner.query(`DROP INDEX \`IDX_1f49460590052156873563df72\` ON \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_a897d5d5b5a70e3cdeea1662fb\` ON \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_7f9a2efb2052d5a571bab111e4\` ON \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_161dba15b1045c4819f02eee24\` ON \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_6dcca2dcf782d6db0c3d4e05d3\` ON \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_1c4c9f9771c506e18ab9001bcc\` ON \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_afa890e8549ccc72f0f49eb938\` ON \`delegation\``);
    await queryRunner.query(`DROP TABLE \`delegation\``);
    await queryRunner.query(`DROP INDEX \`IDX_db0159654dd540aee62b7483e5\` ON \`partner_locality\``);
    await queryRunner.query(`DROP INDEX \`IDX_4aeb18e6020986516c2fec5ba6\` ON \`partner_locality\``);
    await queryRunner.query(`DROP INDEX \`IDX_074d3a228f0d10f349127e01a0\` ON \`partner_locality\``);
    await queryRunner.query(`DROP TABLE \`partner_locality\``);
    await queryRunner.query(`DROP INDEX \`IDX_080739b096766af3e83c84f618\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_5f37c31746e02449ef4983fd2c\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
