import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddKnowledgeBase1795268462286 implements MigrationInterface {
  name = 'AddKnowledgeBase1795268462286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."guide_kind" AS ENUM('BEST_PRACTICE', 'HOW_TO', 'TEMPLATE', 'POLICY', 'DOCUMENTATION', 'CASE_STUDY')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."guide_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."visibility" AS ENUM('PUBLIC', 'MEMBERS', 'INTERNAL')`);
    await queryRunner.query(
      `CREATE TYPE "public"."audience" AS ENUM('IT_SPECIALIST', 'SERVICE_OWNER', 'LEADERSHIP', 'EVERYONE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "guides" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "translation_key" uuid NOT NULL, "language" character varying(2) NOT NULL, "kind" "public"."guide_kind" NOT NULL, "title" text NOT NULL, "slug" character varying(120) NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "status" "public"."guide_status" NOT NULL DEFAULT 'DRAFT', "visibility" "public"."visibility" NOT NULL, "audience" "public"."audience" array NOT NULL DEFAULT '{}', "topic_codes" text array NOT NULL DEFAULT '{}', "organisation_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "published_at" TIMESTAMP WITH TIME ZONE, "scheduled_publish_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_guides_published" CHECK ("status" <> 'PUBLISHED' OR "published_at" IS NOT NULL), CONSTRAINT "CHK_guides_slug" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_8de34e682c2201d625cf95c1266" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_46a0379df870e66c93648a53a7" ON "guides"  ("scheduled_publish_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_905000611183ef1a743f45a379" ON "guides"  ("translation_key", "language") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5735e80017b7741a3be62af926" ON "guides"  ("language", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "guide_slug_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "guide_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "slug" character varying(120) NOT NULL, CONSTRAINT "PK_25156d908d67435b02afc441f71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8a5a6dea88557edd4da1ffe7e2" ON "guide_slug_history"  ("guide_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_afa07d9881daca10b14920e922" ON "guide_slug_history"  ("language", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "guide_authors" ("guide_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_7df15053ca62e65184c1f118e0b" PRIMARY KEY ("guide_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "guide_activities" ("guide_id" uuid NOT NULL, "activity_id" uuid NOT NULL, CONSTRAINT "PK_3f46fac2a24f9a1d9cfe9c793a0" PRIMARY KEY ("guide_id", "activity_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "guide_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "guide_id" uuid NOT NULL, "number" integer NOT NULL, "snapshot" jsonb NOT NULL, "content_hash" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea527872d62cf93aaec3e47c31d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d8ce54098e49f014ce1953141a" ON "guide_revisions"  ("guide_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "guide_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "guide_id" uuid NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_guide_attachments_size" CHECK ("size" >= 0), CONSTRAINT "PK_7eef53b532a6cced2ed3323e104" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_03e871567749b718afc3a6763d" ON "guide_attachments"  ("guide_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "topics" ("code" character varying(64) NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "parent_code" character varying(64), CONSTRAINT "PK_928bc2d3805e0e6a7519f57ba00" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "guide_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9a5f0cab83b8344db3c29ebb51" ON "search_outbox"  ("guide_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_outbox_pending" ON "search_outbox"  ("next_attempt_at") WHERE "processed_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "guides" ADD CONSTRAINT "FK_771f2a2bdc06abcbe93056288f5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_slug_history" ADD CONSTRAINT "FK_8a5a6dea88557edd4da1ffe7e2f" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_authors" ADD CONSTRAINT "FK_62b02083ffec4001fcbe33f317d" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_authors" ADD CONSTRAINT "FK_4f1842d5669960831119c92578e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_activities" ADD CONSTRAINT "FK_43d52bef17ddf72de42a347e548" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_activities" ADD CONSTRAINT "FK_75b86b2742265bc13c1e63a75bd" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_revisions" ADD CONSTRAINT "FK_c861cb7bf1b25604ce969eafc00" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_attachments" ADD CONSTRAINT "FK_03e871567749b718afc3a6763d3" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "guide_attachments" DROP CONSTRAINT "FK_03e871567749b718afc3a6763d3"`,
    );
    await queryRunner.query(`ALTER TABLE "guide_revisions" DROP CONSTRAINT "FK_c861cb7bf1b25604ce969eafc00"`);
    await queryRunner.query(
      `ALTER TABLE "guide_activities" DROP CONSTRAINT "FK_75b86b2742265bc13c1e63a75bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_activities" DROP CONSTRAINT "FK_43d52bef17ddf72de42a347e548"`,
    );
    await queryRunner.query(`ALTER TABLE "guide_authors" DROP CONSTRAINT "FK_4f1842d5669960831119c92578e"`);
    await queryRunner.query(`ALTER TABLE "guide_authors" DROP CONSTRAINT "FK_62b02083ffec4001fcbe33f317d"`);
    await queryRunner.query(
      `ALTER TABLE "guide_slug_history" DROP CONSTRAINT "FK_8a5a6dea88557edd4da1ffe7e2f"`,
    );
    await queryRunner.query(`ALTER TABLE "guides" DROP CONSTRAINT "FK_771f2a2bdc06abcbe93056288f5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_search_outbox_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a5f0cab83b8344db3c29ebb51"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
    await queryRunner.query(`DROP TABLE "topics"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03e871567749b718afc3a6763d"`);
    await queryRunner.query(`DROP TABLE "guide_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8ce54098e49f014ce1953141a"`);
    await queryRunner.query(`DROP TABLE "guide_revisions"`);
    await queryRunner.query(`DROP TABLE "guide_activities"`);
    await queryRunner.query(`DROP TABLE "guide_authors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afa07d9881daca10b14920e922"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8a5a6dea88557edd4da1ffe7e2"`);
    await queryRunner.query(`DROP TABLE "guide_slug_history"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5735e80017b7741a3be62af926"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_905000611183ef1a743f45a379"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_46a0379df870e66c93648a53a7"`);
    await queryRunner.query(`DROP TABLE "guides"`);
    await queryRunner.query(`DROP TYPE "public"."audience"`);
    await queryRunner.query(`DROP TYPE "public"."visibility"`);
    await queryRunner.query(`DROP TYPE "public"."guide_status"`);
    await queryRunner.query(`DROP TYPE "public"."guide_kind"`);
  }
}
