import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchStatistics1796105467131 implements MigrationInterface {
  name = 'SearchStatistics1796105467131';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_query_days" ("day" date NOT NULL, "query" text NOT NULL, "searches" integer NOT NULL DEFAULT '0', "zero_result_searches" integer NOT NULL DEFAULT '0', "clicks" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e5da506530064d719da78019a9c" PRIMARY KEY ("day", "query"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_click_days" ("day" date NOT NULL, "query" text NOT NULL, "guide_id" uuid NOT NULL, "clicks" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d6951fe8007a609b3198dd5f382" PRIMARY KEY ("day", "query", "guide_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_click_days"`);
    await queryRunner.query(`DROP TABLE "search_query_days"`);
  }
}
