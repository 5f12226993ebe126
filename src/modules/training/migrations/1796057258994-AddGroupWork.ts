import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGroupWork1796057258994 implements MigrationInterface {
  name = 'AddGroupWork1796057258994';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "module_id" uuid NOT NULL, "description" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, CONSTRAINT "PK_869f17c2c8f35805bb7ad295c4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ebf37d14f2a0acb475e83f6677" ON "training_submissions"  ("enrolment_id", "module_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training_modules" ADD "requires_group_work" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_submissions" ADD CONSTRAINT "FK_2886b5b45b22b8f6c3d9f35d782" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_submissions" ADD CONSTRAINT "FK_14687ac65403f497ce8056436e4" FOREIGN KEY ("module_id") REFERENCES "training_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_submissions" DROP CONSTRAINT "FK_14687ac65403f497ce8056436e4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_submissions" DROP CONSTRAINT "FK_2886b5b45b22b8f6c3d9f35d782"`,
    );
    await queryRunner.query(`ALTER TABLE "training_modules" DROP COLUMN "requires_group_work"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ebf37d14f2a0acb475e83f6677"`);
    await queryRunner.query(`DROP TABLE "training_submissions"`);
  }
}
