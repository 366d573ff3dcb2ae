import type { MigrationInterface, QueryRunner } from "typeorm";

export class TourismInitial1795316993097 implements MigrationInterface {
  name = "TourismInitial1795316993097";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_entry\` (\`sequence\` int NOT NULL, \`at\` varchar(30) NOT NULL, \`userId\` varchar(200) NULL, \`agencyCode\` varchar(80) NULL, \`actorProvinceCode\` varchar(16) NULL, \`role\` varchar(16) NULL, \`operation\` varchar(80) NOT NULL, \`entity\` varchar(80) NOT NULL, \`recordId\` varchar(160) NULL, \`outcome\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`before\` text NULL, \`after\` text NULL, \`classification\` varchar(16) NOT NULL, \`provinceCode\` varchar(16) NULL, \`agencyIds\` text NOT NULL, \`previousHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`IDX_5f37c31746e02449ef4983fd2c\` (\`recordId\`), INDEX \`IDX_080739b096766af3e83c84f618\` (\`provinceCode\`), PRIMARY KEY (\`sequence\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`cultural_event\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`kind\` varchar(32) NOT NULL, \`startsOn\` date NULL, \`endsOn\` date NULL, \`venue\` varchar(300) NULL, \`countryCode\` varchar(2) NULL, \`communities\` text NOT NULL, \`description\` text NULL, INDEX \`IDX_c76d6efa67d59c8219f18db7c1\` (\`provinceCode\`), INDEX \`IDX_43ae1d60d27f11eb3809cfed37\` (\`taskId\`), INDEX \`IDX_3f0e5944913c0b54090a781a88\` (\`startsOn\`), INDEX \`IDX_9c27f0bdbbee52be253301707c\` (\`countryCode\`), INDEX \`IDX_a84e3d7b619760fbd241d93670\` (\`provinceCode\`, \`startsOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`destination\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`kind\` varchar(32) NOT NULL, \`district\` varchar(200) NULL, \`description\` text NULL, \`materialLanguages\` text NOT NULL, INDEX \`IDX_174b8a2d48456d0a6843c4f832\` (\`provinceCode\`), INDEX \`IDX_89b692b1da9b1e9b48a772403d\` (\`taskId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`promotion_campaign\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`name\` varchar(300) NOT NULL, \`theme\` varchar(300) NULL, \`startsOn\` date NULL, \`endsOn\` date NULL, \`countryCode\` varchar(2) NULL, \`channels\` text NOT NULL, \`description\` text NULL, INDEX \`IDX_59d4280613cc4125364b360273\` (\`provinceCode\`), INDEX \`IDX_e1e4b569a7c945aae00c62e7e4\` (\`taskId\`), INDEX \`IDX_7d84cad11a2f750b552cb5295f\` (\`startsOn\`), INDEX \`IDX_19e4513880463450dc9ca63a05\` (\`countryCode\`), INDEX \`IDX_41c2591204f435f375b574d3bd\` (\`provinceCode\`, \`startsOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`publication\` (\`id\` varchar(120) NOT NULL, \`classification\` varchar(16) NOT NULL DEFAULT 'INTERNAL', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, \`searchKey\` varchar(1000) NULL, \`provinceCode\` varchar(16) NOT NULL, \`taskId\` varchar(120) NULL, \`agencyIds\` text NOT NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`title\` varchar(300) NOT NULL, \`format\` varchar(32) NOT NULL, \`languages\` text NOT NULL, \`publishedOn\` date NULL, \`copies\` int NULL, \`description\` text NULL, INDEX \`IDX_17f156c7c2d643bb6abcace8fb\` (\`provinceCode\`), INDEX \`IDX_dd04db3638867a70c580a79601\` (\`taskId\`), INDEX \`IDX_a7d0504eff8a74b9a4182a790d\` (\`publishedOn\`), INDEX \`IDX_ae26233553d3c3975afbfc3ef1\` (\`provinceCode\`, \`publishedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_ae26233553d3c3975afbfc3ef1\` ON \`publication\``);
    await queryRunner.query(`DROP INDEX \`IDX_a7d0504eff8a74b9a4182a790d\` ON \`publication\``);
    await queryRunner.query(`DROP INDEX \`IDX_dd04db3638867a70c580a79601\` ON \`publication\``);
    await queryRunner.query(`DROP INDEX \`IDX_17f156c7c2d643bb6abcace8fb\` ON \`publication\``);
    await queryRunner.query(`DROP TABLE \`publication\``);
    await queryRunner.query(`DROP INDEX \`IDX_41c2591204f435f375b574d3bd\` ON \`promotion_campaign\``);
    await queryRunner.query(`DROP INDEX \`IDX_19e4513880463450dc9ca63a05\` ON \`promotion_campaign\``);
    await queryRunner.query(`DROP INDEX \`IDX_7d84cad11a2f750b552cb5295f\` ON \`promotion_campaign\``);
    await queryRunner.query(`DROP INDEX \`IDX_e1e4b569a7c945aae00c62e7e4\` ON \`promotion_campaign\``);
    await queryRunner.query(`DROP INDEX \`IDX_59d4280613cc4125364b360273\` ON \`promotion_campaign\``);
    await queryRunner.query(`DROP TABLE \`promotion_campaign\``);
    await queryRunner.query(`DROP INDEX \`IDX_89b692b1da9b1e9b48a772403d\` ON \`destination\``);
    await queryRunner.query(`DROP INDEX \`IDX_174b8a2d48456d0a6843c4f832\` ON \`destination\``);
    await queryRunner.query(`DROP TABLE \`destination\``);
    await queryRunner.query(`DROP INDEX \`IDX_a84e3d7b619760fbd241d93670\` ON \`cultural_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_9c27f0bdbbee52be253301707c\` ON \`cultural_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_3f0e5944913c0b54090a781a88\` ON \`cultural_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_43ae1d60d27f11eb3809cfed37\` ON \`cultural_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_c76d6efa67d59c8219f18db7c1\` ON \`cultural_event\``);
    await queryRunner.query(`DROP TABLE \`cultural_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_080739b096766af3e83c84f618\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_5f37c31746e02449ef4983fd2c\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
