import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTraining1796053598826 implements MigrationInterface {
  name = 'AddTraining1796053598826';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."programme_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_programmes" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "title_en" text, "description" text NOT NULL DEFAULT '', "activity_id" uuid, "topic_codes" text array NOT NULL DEFAULT '{}', "min_attendance_percent" smallint NOT NULL DEFAULT '80', "status" "public"."programme_status" NOT NULL DEFAULT 'DRAFT', CONSTRAINT "CHK_training_programmes_attendance" CHECK ("min_attendance_percent" BETWEEN 0 AND 100), CONSTRAINT "PK_5de76431d5f8e3de9d69b67e4ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "position" smallint NOT NULL, "title" text NOT NULL, "title_en" text, "learning_outcomes" text array NOT NULL DEFAULT '{}', "duration_hours" numeric(5,1) NOT NULL, "required" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_eb8283e63be7f65abc59c5d96a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e6f065f25c9d91784411c5e4e4" ON "training_modules"  ("programme_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_112c0fa15d0b08da5694568455" ON "training_modules"  ("programme_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_module_materials" ("module_id" uuid NOT NULL, "guide_id" uuid NOT NULL, CONSTRAINT "PK_973157392e8daaf4a1994946806" PRIMARY KEY ("module_id", "guide_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."cohort_kind" AS ENUM('PILOT', 'REGIONAL')`);
    await queryRunner.query(
      `CREATE TYPE "public"."cohort_status" AS ENUM('DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_cohorts" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "name" text NOT NULL, "kind" "public"."cohort_kind" NOT NULL, "county_id" uuid, "capacity" integer NOT NULL, "waitlist_enabled" boolean NOT NULL DEFAULT true, "enrolment_opens_at" TIMESTAMP WITH TIME ZONE, "enrolment_closes_at" TIMESTAMP WITH TIME ZONE, "status" "public"."cohort_status" NOT NULL DEFAULT 'DRAFT', CONSTRAINT "CHK_training_cohorts_capacity" CHECK ("capacity" > 0), CONSTRAINT "PK_18af9850e428b196b523d451cc0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aeec84f65ddcc4532211d7a257" ON "training_cohorts"  ("programme_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_cohort_trainers" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_997c7696977bb8e5e8be03b97fa" PRIMARY KEY ("cohort_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_cohort_organisations" ("cohort_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_d17f026b51433af271bb56d3244" PRIMARY KEY ("cohort_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL DEFAULT 'Europe/Tallinn', "venue_address" text, "online_url" text, CONSTRAINT "CHK_training_sessions_time" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_6678399f77ed9db5176459befa9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8d2b768656ee0d2ff4b86ba273" ON "training_sessions"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_session_modules" ("session_id" uuid NOT NULL, "module_id" uuid NOT NULL, CONSTRAINT "PK_ac045fd2e5c9190c792351ecc6f" PRIMARY KEY ("session_id", "module_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."enrolment_status" AS ENUM('ENROLLED', 'WAITLISTED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_enrolments" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid, "status" "public"."enrolment_status" NOT NULL, "queue_number" SERIAL NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "evaluated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9c501a0118907488e3e587e7771" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_00096463cd4cac1661d0d5cc81" ON "training_enrolments"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_636ee497dd534d5aaf78995330" ON "training_enrolments"  ("cohort_id", "status", "queue_number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_51409808bfad03fdebf931b793" ON "training_enrolments"  ("cohort_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_attendance" ("session_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "present" boolean NOT NULL, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b175a5e6e6acd7962f4c9192c27" PRIMARY KEY ("session_id", "enrolment_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_programmes" ADD CONSTRAINT "FK_522a0bb67c6508fdf0a2f433834" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_modules" ADD CONSTRAINT "FK_e6f065f25c9d91784411c5e4e4d" FOREIGN KEY ("programme_id") REFERENCES "training_programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_module_materials" ADD CONSTRAINT "FK_54bc398f570f7351419fc92e0c7" FOREIGN KEY ("module_id") REFERENCES "training_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_module_materials" ADD CONSTRAINT "FK_2b03e7a913dedc87d87a66d0547" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohorts" ADD CONSTRAINT "FK_aeec84f65ddcc4532211d7a257b" FOREIGN KEY ("programme_id") REFERENCES "training_programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohorts" ADD CONSTRAINT "FK_152df401fe033244657545b654c" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_trainers" ADD CONSTRAINT "FK_1c21d5a5e2cf002d8f3ea57fdc0" FOREIGN KEY ("cohort_id") REFERENCES "training_cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_trainers" ADD CONSTRAINT "FK_93528744b7190e81cfa4a86d2b9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_organisations" ADD CONSTRAINT "FK_8ddf30bab2bb2799c407e7501bf" FOREIGN KEY ("cohort_id") REFERENCES "training_cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_organisations" ADD CONSTRAINT "FK_b6b1fb86ea90021a9b743845ae1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_sessions" ADD CONSTRAINT "FK_8d2b768656ee0d2ff4b86ba273c" FOREIGN KEY ("cohort_id") REFERENCES "training_cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session_modules" ADD CONSTRAINT "FK_41bd44298b74b8b4fb212863ea2" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session_modules" ADD CONSTRAINT "FK_9a1f2b34be6be0ef2739ef45f3c" FOREIGN KEY ("module_id") REFERENCES "training_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolments" ADD CONSTRAINT "FK_9a2abb624ad28a4933109b67030" FOREIGN KEY ("cohort_id") REFERENCES "training_cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolments" ADD CONSTRAINT "FK_00096463cd4cac1661d0d5cc816" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolments" ADD CONSTRAINT "FK_21bb7e33f4136396e8bf45d94ef" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_attendance" ADD CONSTRAINT "FK_090affd9d04b9767b5fe2ace682" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_attendance" ADD CONSTRAINT "FK_14426f6e677a8026ea0870ad73f" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_14426f6e677a8026ea0870ad73f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_090affd9d04b9767b5fe2ace682"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolments" DROP CONSTRAINT "FK_21bb7e33f4136396e8bf45d94ef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolments" DROP CONSTRAINT "FK_00096463cd4cac1661d0d5cc816"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_enrolments" DROP CONSTRAINT "FK_9a2abb624ad28a4933109b67030"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session_modules" DROP CONSTRAINT "FK_9a1f2b34be6be0ef2739ef45f3c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session_modules" DROP CONSTRAINT "FK_41bd44298b74b8b4fb212863ea2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_sessions" DROP CONSTRAINT "FK_8d2b768656ee0d2ff4b86ba273c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_organisations" DROP CONSTRAINT "FK_b6b1fb86ea90021a9b743845ae1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_organisations" DROP CONSTRAINT "FK_8ddf30bab2bb2799c407e7501bf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_trainers" DROP CONSTRAINT "FK_93528744b7190e81cfa4a86d2b9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohort_trainers" DROP CONSTRAINT "FK_1c21d5a5e2cf002d8f3ea57fdc0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohorts" DROP CONSTRAINT "FK_152df401fe033244657545b654c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_cohorts" DROP CONSTRAINT "FK_aeec84f65ddcc4532211d7a257b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_module_materials" DROP CONSTRAINT "FK_2b03e7a913dedc87d87a66d0547"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_module_materials" DROP CONSTRAINT "FK_54bc398f570f7351419fc92e0c7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_modules" DROP CONSTRAINT "FK_e6f065f25c9d91784411c5e4e4d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_programmes" DROP CONSTRAINT "FK_522a0bb67c6508fdf0a2f433834"`,
    );
    await queryRunner.query(`DROP TABLE "training_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51409808bfad03fdebf931b793"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_636ee497dd534d5aaf78995330"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00096463cd4cac1661d0d5cc81"`);
    await queryRunner.query(`DROP TABLE "training_enrolments"`);
    await queryRunner.query(`DROP TYPE "public"."enrolment_status"`);
    await queryRunner.query(`DROP TABLE "training_session_modules"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d2b768656ee0d2ff4b86ba273"`);
    await queryRunner.query(`DROP TABLE "training_sessions"`);
    await queryRunner.query(`DROP TABLE "training_cohort_organisations"`);
    await queryRunner.query(`DROP TABLE "training_cohort_trainers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aeec84f65ddcc4532211d7a257"`);
    await queryRunner.query(`DROP TABLE "training_cohorts"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_status"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_kind"`);
    await queryRunner.query(`DROP TABLE "training_module_materials"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_112c0fa15d0b08da5694568455"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6f065f25c9d91784411c5e4e4"`);
    await queryRunner.query(`DROP TABLE "training_modules"`);
    await queryRunner.query(`DROP TABLE "training_programmes"`);
    await queryRunner.query(`DROP TYPE "public"."programme_status"`);
  }
}
