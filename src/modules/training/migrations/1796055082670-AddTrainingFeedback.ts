import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTrainingFeedback1796055082670 implements MigrationInterface {
  name = 'AddTrainingFeedback1796055082670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "author_key" text NOT NULL, "user_id" uuid, "rating" smallint NOT NULL, "comment" text, "anonymous" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_training_feedback_rating" CHECK ("rating" BETWEEN 1 AND 10), CONSTRAINT "PK_3b3bca21491317014824c0a9bd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_159949a883d04277d06553e2b6" ON "training_feedback"  ("cohort_id", "author_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training_feedback" ADD CONSTRAINT "FK_8398e791a4be303694d20b6c4e8" FOREIGN KEY ("cohort_id") REFERENCES "training_cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_feedback" DROP CONSTRAINT "FK_8398e791a4be303694d20b6c4e8"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_159949a883d04277d06553e2b6"`);
    await queryRunner.query(`DROP TABLE "training_feedback"`);
  }
}
