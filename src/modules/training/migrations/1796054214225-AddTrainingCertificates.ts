import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTrainingCertificates1796054214225 implements MigrationInterface {
  name = 'AddTrainingCertificates1796054214225';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "code" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "holder_name" text NOT NULL, "programme_title" text NOT NULL, "cohort_name" text NOT NULL, "hours" numeric(6,1) NOT NULL, "modules" text array NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "REL_d224aa2bcf4d1a67367a5dd9f3" UNIQUE ("enrolment_id"), CONSTRAINT "PK_41aafad974c15231c5b318807bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d224aa2bcf4d1a67367a5dd9f3" ON "training_certificates"  ("enrolment_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_68e03866623a2dbfb317ceda9b" ON "training_certificates"  ("code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training_certificates" ADD CONSTRAINT "FK_d224aa2bcf4d1a67367a5dd9f38" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_certificates" DROP CONSTRAINT "FK_d224aa2bcf4d1a67367a5dd9f38"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_68e03866623a2dbfb317ceda9b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d224aa2bcf4d1a67367a5dd9f3"`);
    await queryRunner.query(`DROP TABLE "training_certificates"`);
  }
}
