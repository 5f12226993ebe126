import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachmentText1796118816560 implements MigrationInterface {
  name = 'AttachmentText1796118816560';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "guide_attachment_texts" ("attachment_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "failure" character varying(16), "failure_detail" text, "text" text, "characters" integer NOT NULL DEFAULT '0', "truncated" boolean NOT NULL DEFAULT false, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_id" uuid, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_guide_attachment_texts_failure" CHECK (("status" = 'FAILED') = ("failure" IS NOT NULL)), CONSTRAINT "PK_4beb943a00930ffc166b264f4d3" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_guide_attachment_texts_due" ON "guide_attachment_texts"  ("next_attempt_at") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide_attachment_texts" ADD CONSTRAINT "FK_4beb943a00930ffc166b264f4d3" FOREIGN KEY ("attachment_id") REFERENCES "guide_attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Files uploaded before text was extracted: the worker takes them in turn (the types as they were then).
    await queryRunner.query(
      `INSERT INTO "guide_attachment_texts" ("attachment_id", "status", "finished_at")
       SELECT "id", CASE WHEN "content_type" = ANY($1) THEN 'PENDING' ELSE 'NOT_SUPPORTED' END,
              CASE WHEN "content_type" = ANY($1) THEN NULL ELSE now() END
         FROM "guide_attachments"`,
      [
        [
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          'application/vnd.oasis.opendocument.text',
          'application/vnd.oasis.opendocument.spreadsheet',
          'application/vnd.oasis.opendocument.presentation',
          'text/plain',
          'text/csv',
          'text/markdown',
        ],
      ],
    );
    // Their guides' search documents get the file names now (and the texts as they are read).
    await queryRunner.query(
      `INSERT INTO "search_outbox" ("guide_id") SELECT DISTINCT "guide_id" FROM "guide_attachments"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "guide_attachment_texts" DROP CONSTRAINT "FK_4beb943a00930ffc166b264f4d3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_guide_attachment_texts_due"`);
    await queryRunner.query(`DROP TABLE "guide_attachment_texts"`);
  }
}
