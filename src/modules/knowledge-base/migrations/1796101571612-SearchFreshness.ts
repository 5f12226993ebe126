import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchFreshness1796101571612 implements MigrationInterface {
  name = 'SearchFreshness1796101571612';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_reindex_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ebd1864ad743a6a57e7c896f5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f9bee7c1c25ffb54f357832c35" ON "search_outbox"  ("processed_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_f9bee7c1c25ffb54f357832c35"`);
    await queryRunner.query(`DROP TABLE "search_reindex_runs"`);
  }
}
