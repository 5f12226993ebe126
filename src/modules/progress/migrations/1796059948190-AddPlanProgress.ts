import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan progress: expenditures (append-only, enforced by a trigger), activity
 * timelines, result indicators with yearly periods, the statutory VAT rates,
 * and DELAYED as an activity status.
 */
export class AddPlanProgress1796059948190 implements MigrationInterface {
  name = 'AddPlanProgress1796059948190';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statutory_vat_rates" ("valid_from" date NOT NULL, "rate" numeric(5,4) NOT NULL, CONSTRAINT "CHK_statutory_vat_rates_rate" CHECK ("rate" >= 0 AND "rate" < 1), CONSTRAINT "PK_8f1ae4cdb872bc535de33f88c4a" PRIMARY KEY ("valid_from"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "expenditures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "spent_on" date NOT NULL, "year" smallint NOT NULL, "account_code" character varying(8) NOT NULL, "amount_net" numeric(14,2) NOT NULL, "vat_amount" numeric(14,2) NOT NULL, "vat_rate" numeric(5,4), "description" text NOT NULL, "document_ref" text, "reverses_id" uuid, "reversal_reason" text, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_expenditures_reversal" CHECK (("reverses_id" IS NULL) = ("reversal_reason" IS NULL)), CONSTRAINT "CHK_expenditures_amount" CHECK ("amount_net" <> 0), CONSTRAINT "PK_876c24b19b0a53d9be374ab93b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_expenditures_reverses" ON "expenditures"  ("reverses_id") WHERE "reverses_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a573a82344ea3f2cf99fc434fd" ON "expenditures"  ("activity_id", "year", "account_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_progress_notes" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "noted_on" date NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "author_id" uuid, CONSTRAINT "PK_4a876cf64cb620680edb9b8c436" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_885be09a31fcfdc677a8af735b" ON "activity_progress_notes"  ("activity_id", "noted_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."indicator_unit" AS ENUM('COUNT', 'PERCENT', 'SCORE', 'TEXT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."indicator_measure" AS ENUM('KOVS_REACHED_BY_SEMINARS', 'KOVS_WITH_TRAINED_STAFF', 'SEMINAR_SATISFACTION', 'GUIDES_PUBLISHED', 'MENTORSHIPS_COMPLETED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "result_indicators" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "activity_id" uuid, "key" character varying(80) NOT NULL, "position" smallint NOT NULL, "name" text NOT NULL, "name_en" text, "description" text, "unit" "public"."indicator_unit" NOT NULL, "higher_is_better" boolean NOT NULL DEFAULT true, "baseline_year" smallint, "baseline_value" text, "measure" "public"."indicator_measure", "measure_kind" text, CONSTRAINT "CHK_result_indicators_measure_filter" CHECK ("measure_kind" IS NULL OR "measure" IS NOT NULL), CONSTRAINT "CHK_result_indicators_baseline" CHECK (("baseline_year" IS NULL) = ("baseline_value" IS NULL)), CONSTRAINT "PK_ad2abdfe112f9442433ca1a2124" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ea39f493774cec7a2ebd4fe6cb" ON "result_indicators"  ("plan_id", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator_periods" ("indicator_id" uuid NOT NULL, "year" smallint NOT NULL, "target" text, "actual" text, "actual_note" text, "actual_recorded_by_id" uuid, "actual_recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_indicator_periods_actual" CHECK (("actual" IS NULL) = ("actual_recorded_at" IS NULL)), CONSTRAINT "PK_3bd09dd17fa96d2fc7982646105" PRIMARY KEY ("indicator_id", "year"))`,
    );
    await queryRunner.query(`ALTER TYPE "public"."activity_status" ADD VALUE 'DELAYED'`);
    // Spending is a ledger: never changed or removed, only corrected by reversing entries.
    await queryRunner.query(
      `CREATE FUNCTION "expenditures_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'expenditures are append-only; correct an entry with a reversing entry'
           USING ERRCODE = 'restrict_violation';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "expenditures_append_only" BEFORE UPDATE OR DELETE ON "expenditures"
       FOR EACH ROW EXECUTE FUNCTION "expenditures_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "expenditures_no_truncate" BEFORE TRUNCATE ON "expenditures"
       FOR EACH STATEMENT EXECUTE FUNCTION "expenditures_append_only"()`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditures" ADD CONSTRAINT "FK_b208886183c5201f5a3d5739583" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditures" ADD CONSTRAINT "FK_238606043ae920a43b369705160" FOREIGN KEY ("account_code") REFERENCES "budget_accounts"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditures" ADD CONSTRAINT "FK_265f93f43b12d37913ee89c9106" FOREIGN KEY ("reverses_id") REFERENCES "expenditures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditures" ADD CONSTRAINT "FK_93e8b574b1c64d39effe2962989" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_progress_notes" ADD CONSTRAINT "FK_6160cee11d14dfe0905ec64fc0d" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_progress_notes" ADD CONSTRAINT "FK_f2c4ef0d0edb40d7a792df09985" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "result_indicators" ADD CONSTRAINT "FK_57031d8c8884f10c0d3c3a7fbf5" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "result_indicators" ADD CONSTRAINT "FK_3670759559985ea122806227e49" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_periods" ADD CONSTRAINT "FK_48e4e4edf1e047a7c0a7523dc7b" FOREIGN KEY ("indicator_id") REFERENCES "result_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_periods" ADD CONSTRAINT "FK_a259a0899cc56c013030229bc05" FOREIGN KEY ("actual_recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_periods" DROP CONSTRAINT "FK_a259a0899cc56c013030229bc05"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_periods" DROP CONSTRAINT "FK_48e4e4edf1e047a7c0a7523dc7b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "result_indicators" DROP CONSTRAINT "FK_3670759559985ea122806227e49"`,
    );
    await queryRunner.query(
      `ALTER TABLE "result_indicators" DROP CONSTRAINT "FK_57031d8c8884f10c0d3c3a7fbf5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_progress_notes" DROP CONSTRAINT "FK_f2c4ef0d0edb40d7a792df09985"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_progress_notes" DROP CONSTRAINT "FK_6160cee11d14dfe0905ec64fc0d"`,
    );
    await queryRunner.query(`ALTER TABLE "expenditures" DROP CONSTRAINT "FK_93e8b574b1c64d39effe2962989"`);
    await queryRunner.query(`ALTER TABLE "expenditures" DROP CONSTRAINT "FK_265f93f43b12d37913ee89c9106"`);
    await queryRunner.query(`ALTER TABLE "expenditures" DROP CONSTRAINT "FK_238606043ae920a43b369705160"`);
    await queryRunner.query(`ALTER TABLE "expenditures" DROP CONSTRAINT "FK_b208886183c5201f5a3d5739583"`);
    // PostgreSQL cannot drop an enum value: rebuild the type without it, delayed activities back to in progress.
    await queryRunner.query(`UPDATE "activities" SET "status" = 'IN_PROGRESS' WHERE "status" = 'DELAYED'`);
    await queryRunner.query(`ALTER TABLE "activities" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE TYPE "public"."activity_status_old" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ALTER COLUMN "status" TYPE "public"."activity_status_old" USING "status"::"text"::"public"."activity_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."activity_status"`);
    await queryRunner.query(`ALTER TYPE "public"."activity_status_old" RENAME TO "activity_status"`);
    await queryRunner.query(`ALTER TABLE "activities" ALTER COLUMN "status" SET DEFAULT 'PLANNED'`);
    await queryRunner.query(`DROP TABLE "indicator_periods"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea39f493774cec7a2ebd4fe6cb"`);
    await queryRunner.query(`DROP TABLE "result_indicators"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_measure"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_885be09a31fcfdc677a8af735b"`);
    await queryRunner.query(`DROP TABLE "activity_progress_notes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a573a82344ea3f2cf99fc434fd"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_expenditures_reverses"`);
    await queryRunner.query(`DROP TABLE "expenditures"`);
    await queryRunner.query(`DROP FUNCTION "expenditures_append_only"()`);
    await queryRunner.query(`DROP TABLE "statutory_vat_rates"`);
  }
}
