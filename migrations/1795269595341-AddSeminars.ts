import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSeminars1795269595341 implements MigrationInterface {
  name = 'AddSeminars1795269595341';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_outbox" ("id" BIGSERIAL NOT NULL, "kind" text NOT NULL, "event_id" uuid NOT NULL, "registration_id" uuid, "recipient" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "ics" text, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "for_starts_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "dropped_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e5c89f5cddb73dc2c064012ef4" ON "notification_outbox"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_outbox_due" ON "notification_outbox"  ("due_at") WHERE "sent_at" IS NULL AND "dropped_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_series" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL DEFAULT '', CONSTRAINT "PK_9c68540164026e1a070a0a227f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_kind" AS ENUM('VIRTUAL_SEMINAR', 'MULTI_DAY_SEMINAR', 'WORKSHOP', 'WEBINAR', 'TRAINING_SESSION')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_theme" AS ENUM('SERVICES', 'DATA', 'CYBER_SECURITY', 'IT_MANAGEMENT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "events" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid, "kind" "public"."event_kind" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "themes" "public"."event_theme" array NOT NULL DEFAULT '{}', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL DEFAULT 'Europe/Tallinn', "venue_address" text, "online_url" text, "capacity" integer, "waitlist_enabled" boolean NOT NULL DEFAULT true, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "cancellation_deadline" TIMESTAMP WITH TIME ZONE, "status" "public"."event_status" NOT NULL DEFAULT 'DRAFT', "activity_id" uuid, "sequence" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_events_capacity" CHECK ("capacity" IS NULL OR "capacity" >= 0), CONSTRAINT "CHK_events_time" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_da080c835c9fc4e0aa5e8fe264" ON "events"  ("starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "event_organisers" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_5d957746394259f6f339e06426b" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" text NOT NULL, "track" text, "description" text, "speakers" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "CHK_event_sessions_time" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_dbe18de390df26f2dffc4ef3356" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_58ce48ffbbdb12454db743d6cb" ON "event_sessions"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."question_type" AS ENUM('TEXT', 'CHOICE', 'MULTI_CHOICE', 'BOOLEAN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "label" text NOT NULL, "type" "public"."question_type" NOT NULL, "options" text array NOT NULL DEFAULT '{}', "required" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_297a57aa9f1fd49575fd43e2285" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a42deea578ad9901d9055aa97a" ON "event_questions"  ("event_id", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_materials" ("event_id" uuid NOT NULL, "guide_id" uuid NOT NULL, CONSTRAINT "PK_3e298c102ec2810e3ee5ca7db38" PRIMARY KEY ("event_id", "guide_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')`,
    );
    await queryRunner.query(
      `CREATE TABLE "registrations" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid, "status" "public"."registration_status" NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "queue_number" SERIAL NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6aacc9b213fd8c881af6c738ec" ON "registrations"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_b97b3366b9b38d646ff8fedad7" ON "registrations"  ("event_id", "status", "queue_number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4a9503004f3598e35e0e5c4636" ON "registrations"  ("event_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_check_ins" ("registration_id" uuid NOT NULL, "day" date NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "checked_in_by_id" uuid, CONSTRAINT "PK_e76a386034a7b0afd6fc7d4c8a9" PRIMARY KEY ("registration_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "user_id" uuid, "author_key" text NOT NULL, "rating" smallint NOT NULL, "comment" text, "anonymous" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_event_feedback_rating" CHECK ("rating" BETWEEN 1 AND 10), CONSTRAINT "PK_45430c2b672fff2eef02db0fed1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c04f68822fb845b4a8e655e7b4" ON "event_feedback"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ec59599785c19365648e8f9241" ON "event_feedback"  ("event_id", "author_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed_tokens" ("user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_91dd5d95930f79852080990fd66" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_03afc5516cb101fcd177693b33" ON "calendar_feed_tokens"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_b813f31f3fbf0410fec4ec7734a" FOREIGN KEY ("series_id") REFERENCES "event_series"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_c2e6a3b0b54da0d73b130d83d52" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organisers" ADD CONSTRAINT "FK_a5a521bf106d97f8ac8dfc08f07" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organisers" ADD CONSTRAINT "FK_b7cfc557589a31ab1c23e9a5969" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_sessions" ADD CONSTRAINT "FK_58ce48ffbbdb12454db743d6cb0" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_questions" ADD CONSTRAINT "FK_3c9623f24ad731654d108647fc0" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_materials" ADD CONSTRAINT "FK_64bb61dee3af18c125fe0d51b13" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_materials" ADD CONSTRAINT "FK_c2ffc92b18dea4f0f039b529108" FOREIGN KEY ("guide_id") REFERENCES "guides"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_c082d66f7080c743a96c1e91807" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_f2f19e84cbef6d9f7f7ca002e88" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_check_ins" ADD CONSTRAINT "FK_db5d56d5f9b8856804031a87f28" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_feedback" ADD CONSTRAINT "FK_c04f68822fb845b4a8e655e7b42" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "FK_91dd5d95930f79852080990fd66" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "calendar_feed_tokens" DROP CONSTRAINT "FK_91dd5d95930f79852080990fd66"`,
    );
    await queryRunner.query(`ALTER TABLE "event_feedback" DROP CONSTRAINT "FK_c04f68822fb845b4a8e655e7b42"`);
    await queryRunner.query(`ALTER TABLE "event_check_ins" DROP CONSTRAINT "FK_db5d56d5f9b8856804031a87f28"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_f2f19e84cbef6d9f7f7ca002e88"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_c082d66f7080c743a96c1e91807"`);
    await queryRunner.query(`ALTER TABLE "event_materials" DROP CONSTRAINT "FK_c2ffc92b18dea4f0f039b529108"`);
    await queryRunner.query(`ALTER TABLE "event_materials" DROP CONSTRAINT "FK_64bb61dee3af18c125fe0d51b13"`);
    await queryRunner.query(`ALTER TABLE "event_questions" DROP CONSTRAINT "FK_3c9623f24ad731654d108647fc0"`);
    await queryRunner.query(`ALTER TABLE "event_sessions" DROP CONSTRAINT "FK_58ce48ffbbdb12454db743d6cb0"`);
    await queryRunner.query(
      `ALTER TABLE "event_organisers" DROP CONSTRAINT "FK_b7cfc557589a31ab1c23e9a5969"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organisers" DROP CONSTRAINT "FK_a5a521bf106d97f8ac8dfc08f07"`,
    );
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_c2e6a3b0b54da0d73b130d83d52"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_b813f31f3fbf0410fec4ec7734a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03afc5516cb101fcd177693b33"`);
    await queryRunner.query(`DROP TABLE "calendar_feed_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec59599785c19365648e8f9241"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c04f68822fb845b4a8e655e7b4"`);
    await queryRunner.query(`DROP TABLE "event_feedback"`);
    await queryRunner.query(`DROP TABLE "event_check_ins"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4a9503004f3598e35e0e5c4636"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b97b3366b9b38d646ff8fedad7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6aacc9b213fd8c881af6c738ec"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP TABLE "event_materials"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a42deea578ad9901d9055aa97a"`);
    await queryRunner.query(`DROP TABLE "event_questions"`);
    await queryRunner.query(`DROP TYPE "public"."question_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58ce48ffbbdb12454db743d6cb"`);
    await queryRunner.query(`DROP TABLE "event_sessions"`);
    await queryRunner.query(`DROP TABLE "event_organisers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da080c835c9fc4e0aa5e8fe264"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
    await queryRunner.query(`DROP TYPE "public"."event_theme"`);
    await queryRunner.query(`DROP TYPE "public"."event_kind"`);
    await queryRunner.query(`DROP TABLE "event_series"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5c89f5cddb73dc2c064012ef4"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
  }
}
