import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgrammeFeedbackRule1796056374727 implements MigrationInterface {
  name = 'AddProgrammeFeedbackRule1796056374727';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "training_programmes" ADD "requires_feedback" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_programmes" DROP COLUMN "requires_feedback"`);
  }
}
