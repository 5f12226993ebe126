import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notice outbox served seminars only (event_id, registration_id). It now
 * holds notices about any subject: the columns are renamed, not recreated, so
 * queued emails survive, and every existing row is about an Event.
 */
export class GeneraliseNotificationOutbox1796057500000 implements MigrationInterface {
  name = 'GeneraliseNotificationOutbox1796057500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_outbox" RENAME COLUMN "event_id" TO "subject_id"`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" RENAME COLUMN "registration_id" TO "party_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD "subject_type" text NOT NULL DEFAULT 'Event'`,
    );
    await queryRunner.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "subject_type" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER INDEX "IDX_e5c89f5cddb73dc2c064012ef4" RENAME TO "IDX_867197a15db4fd65be83113c06"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER INDEX "IDX_867197a15db4fd65be83113c06" RENAME TO "IDX_e5c89f5cddb73dc2c064012ef4"`,
    );
    await queryRunner.query(`DELETE FROM "notification_outbox" WHERE "subject_type" <> 'Event'`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "subject_type"`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" RENAME COLUMN "party_id" TO "registration_id"`,
    );
    await queryRunner.query(`ALTER TABLE "notification_outbox" RENAME COLUMN "subject_id" TO "event_id"`);
  }
}
