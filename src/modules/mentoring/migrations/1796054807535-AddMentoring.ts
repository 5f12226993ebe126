import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMentoring1796054807535 implements MigrationInterface {
  name = 'AddMentoring1796054807535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mentor_profiles" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid, "expertise_codes" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{et}', "capacity" smallint NOT NULL DEFAULT '1', "available" boolean NOT NULL DEFAULT true, "bio" text NOT NULL DEFAULT '', CONSTRAINT "CHK_mentor_profiles_capacity" CHECK ("capacity" BETWEEN 1 AND 20), CONSTRAINT "PK_e903fcb76451c2b21ce24565683" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5fa86c14c3a0de91f7253a180b" ON "mentor_profiles"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mentorship_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorships" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_profile_id" uuid NOT NULL, "mentee_organisation_id" uuid NOT NULL, "status" "public"."mentorship_status" NOT NULL DEFAULT 'PENDING', "message" text NOT NULL DEFAULT '', "decided_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d500c43f9674967640c5f89691" ON "mentorships"  ("mentee_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f721f2994c40dc3dd47ab13f25" ON "mentorships"  ("mentor_profile_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorship_mentees" ("mentorship_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_d2ba629b3721382b085127bebf0" PRIMARY KEY ("mentorship_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."goal_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorship_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "topic_code" text, "description" text NOT NULL, "status" "public"."goal_status" NOT NULL DEFAULT 'NOT_STARTED', "notes" text NOT NULL DEFAULT '', "position" smallint NOT NULL, CONSTRAINT "PK_282708a9b8a2001d731c639484b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_18dfb07dae76efbc2ed28cea27" ON "mentorship_goals"  ("mentorship_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorship_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "held_on" date NOT NULL, "duration_minutes" smallint NOT NULL, "topics" text NOT NULL, "logged_by_id" uuid, CONSTRAINT "CHK_mentorship_meetings_duration" CHECK ("duration_minutes" BETWEEN 1 AND 1440), CONSTRAINT "PK_a2f2944904b4dcb7085055ddb98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_30c5d523d31cf8153ef2fc57a9" ON "mentorship_meetings"  ("mentorship_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_profiles" ADD CONSTRAINT "FK_5fa86c14c3a0de91f7253a180bb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_profiles" ADD CONSTRAINT "FK_e2fa31f23318478fce7a435dee3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_4a68ab6a43e3db3322f3311b936" FOREIGN KEY ("mentor_profile_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_d500c43f9674967640c5f896915" FOREIGN KEY ("mentee_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_mentees" ADD CONSTRAINT "FK_ddc4173a880a240666f288d6156" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_mentees" ADD CONSTRAINT "FK_ca556dcc55e3ed4d61117135610" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_goals" ADD CONSTRAINT "FK_18dfb07dae76efbc2ed28cea276" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_meetings" ADD CONSTRAINT "FK_30c5d523d31cf8153ef2fc57a9a" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mentorship_meetings" DROP CONSTRAINT "FK_30c5d523d31cf8153ef2fc57a9a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_goals" DROP CONSTRAINT "FK_18dfb07dae76efbc2ed28cea276"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_mentees" DROP CONSTRAINT "FK_ca556dcc55e3ed4d61117135610"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_mentees" DROP CONSTRAINT "FK_ddc4173a880a240666f288d6156"`,
    );
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_d500c43f9674967640c5f896915"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_4a68ab6a43e3db3322f3311b936"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP CONSTRAINT "FK_e2fa31f23318478fce7a435dee3"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP CONSTRAINT "FK_5fa86c14c3a0de91f7253a180bb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30c5d523d31cf8153ef2fc57a9"`);
    await queryRunner.query(`DROP TABLE "mentorship_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18dfb07dae76efbc2ed28cea27"`);
    await queryRunner.query(`DROP TABLE "mentorship_goals"`);
    await queryRunner.query(`DROP TYPE "public"."goal_status"`);
    await queryRunner.query(`DROP TABLE "mentorship_mentees"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f721f2994c40dc3dd47ab13f25"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d500c43f9674967640c5f89691"`);
    await queryRunner.query(`DROP TABLE "mentorships"`);
    await queryRunner.query(`DROP TYPE "public"."mentorship_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fa86c14c3a0de91f7253a180b"`);
    await queryRunner.query(`DROP TABLE "mentor_profiles"`);
  }
}
