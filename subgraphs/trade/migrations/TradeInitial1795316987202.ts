import type { MigrationInterface, QueryRunner } from "typeorm";

export class TradeInitial1795316987202 implements MigrationInterface {
  name = "TradeInitial1795316987202";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_entry\` (\`sequence\` int NOT NULL, \`at\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, \`actorProvinceCode\` varchar(16) NULL, \`role\` varchar(16) NULL, \`operation\` varchar(80) NOT NULL, \`entity\` varchar(80) NOT NULL, \`recordId\` varchar(160) NULL, \`outcome\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`before\` text NULL, \`after\` text NULL, \`classification\` varchar(16) NOT NULL, \`provinceCode\` varchar(16) NULL, \`agencyIds\` text NOT NULL, \`previousHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`IDX_5f37c31746e02449ef4983fd2c\` (\`recordId\`), INDEX \`IDX_080739b096766af3e83c84f618\` (\`provinceCode\`), PRIMARY KEY (\`sequence\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`fta_outreach\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`title\` varchar(300) NOT NULL, \`agreement\` varchar(120) NOT NULL, \`heldOn\` date NULL, \`venue\` varchar(300) NULL, \`audience\` varchar(300) NULL, \`attendees\` int NULL, INDEX \`IDX_8387f3bac5d011a0d11362efc5\` (\`provinceCode\`), INDEX \`IDX_f4df597cd3a537338cc8a7c374\` (\`taskId\`), INDEX \`IDX_f922594db1683ba13c332e76b0\` (\`heldOn\`), INDEX \`IDX_7219ae798396dc85480700d9bc\` (\`provinceCode\`, \`heldOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`investment_project\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`sector\` varchar(120) NOT NULL, \`status\` varchar(32) NOT NULL, \`investor\` varchar(300) NULL, \`capitalMillionUsd\` double NULL, \`location\` varchar(300) NULL, \`registeredOn\` date NULL, \`investorCountryCode\` varchar(2) NULL, \`borderGateId\` varchar(120) NULL, INDEX \`IDX_24aae9440ee66bafe274e77fea\` (\`provinceCode\`), INDEX \`IDX_e20ac23e4a96080bce0f795548\` (\`taskId\`), INDEX \`IDX_974742b810e67c521b3ca01467\` (\`registeredOn\`), INDEX \`IDX_0de9985117aa945bfc11877736\` (\`investorCountryCode\`), INDEX \`IDX_504f2f2bb536cef4534937ee47\` (\`borderGateId\`), INDEX \`IDX_3f228bc25a8c3bca97bb4b4f48\` (\`provinceCode\`, \`registeredOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`product\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(200) NOT NULL, \`category\` varchar(120) NULL, \`description\` text NULL, \`exportMarketCodes\` text NOT NULL, INDEX \`IDX_6638320f6e33fdd50519263f93\` (\`provinceCode\`), INDEX \`IDX_79c2a29e73b3182078241b22ba\` (\`taskId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`trade_event\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`kind\` varchar(32) NOT NULL, \`startsOn\` date NULL, \`endsOn\` date NULL, \`venue\` varchar(300) NULL, \`organizer\` varchar(300) NULL, \`participatingBusinesses\` int NULL, \`description\` text NULL, \`countryCode\` varchar(2) NULL, \`borderGateId\` varchar(120) NULL, INDEX \`IDX_f28d5ea2b8b18e80d6e706e156\` (\`provinceCode\`), INDEX \`IDX_31e589693714bdf4b4f2cf2ee2\` (\`taskId\`), INDEX \`IDX_142ad7020aace144f3e22231c0\` (\`startsOn\`), INDEX \`IDX_e0dd16b093d67963db5c4ddd5b\` (\`countryCode\`), INDEX \`IDX_23af8df7b5d3646beba12a5eb9\` (\`borderGateId\`), INDEX \`IDX_fb9617a6fb41a9952ca35769fe\` (\`provinceCode\`, \`startsOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_fb9617a6fb41a9952ca35769fe\` ON \`trade_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_23af8df7b5d3646beba12a5eb9\` ON \`trade_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_e0dd16b093d67963db5c4ddd5b\` ON \`trade_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_142ad7020aace144f3e22231c0\` ON \`trade_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_31e589693714bdf4b4f2cf2ee2\` ON \`trade_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_f28d5ea2b8b18e80d6e706e156\` ON \`trade_event\``);
    await queryRunner.query(`DROP TABLE \`trade_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_79c2a29e73b3182078241b22ba\` ON \`product\``);
    await queryRunner.query(`DROP INDEX \`IDX_6638320f6e33fdd50519263f93\` ON \`product\``);
    await queryRunner.query(`DROP TABLE \`product\``);
    await queryRunner.query(`DROP INDEX \`IDX_3f228bc25a8c3bca97bb4b4f48\` ON \`investment_project\``);
    await queryRunner.query(`DROP INDEX \`IDX_504f2f2bb536cef4534937ee47\` ON \`investment_project\``);
    await queryRunner.query(`DROP INDEX \`IDX_0de9985117aa945bfc11877736\` ON \`investment_project\``);
    await queryRunner.query(`DROP INDEX \`IDX_974742b810e67c521b3ca01467\` ON \`investment_project\``);
    await queryRunner.query(`DROP INDEX \`IDX_e20ac23e4a96080bce0f795548\` ON \`investment_project\``);
    await queryRunner.query(`DROP INDEX \`IDX_24aae9440ee66bafe274e77fea\` ON \`investment_project\``);
    await queryRunner.query(`DROP TABLE \`investment_project\``);
    await queryRunner.query(`DROP INDEX \`IDX_7219ae798396dc85480700d9bc\` ON \`fta_outreach\``);
    await queryRunner.query(`DROP INDEX \`IDX_f922594db1683ba13c332e76b0\` ON \`fta_outreach\``);
    await queryRunner.query(`DROP INDEX \`IDX_f4df597cd3a537338cc8a7c374\` ON \`fta_outreach\``);
    await queryRunner.query(`DROP INDEX \`IDX_8387f3bac5d011a0d11362efc5\` ON \`fta_outreach\``);
    await queryRunner.query(`DROP TABLE \`fta_outreach\``);
    await queryRunner.query(`DROP INDEX \`IDX_080739b096766af3e83c84f618\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_5f37c31746e02449ef4983fd2c\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
