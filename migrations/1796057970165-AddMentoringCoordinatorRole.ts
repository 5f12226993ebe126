import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentoring coordinators: a role of their own, apart from seminar and training organisers. */
export class AddMentoringCoordinatorRole1796057970165 implements MigrationInterface {
  name = 'AddMentoringCoordinatorRole1796057970165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."user_role" ADD VALUE 'COORDINATOR'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: rebuild the type without it, after taking the role away.
    await queryRunner.query(
      `UPDATE "users" SET "roles" = array_remove("roles", 'COORDINATOR') WHERE 'COORDINATOR' = ANY("roles")`,
    );
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "roles" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE TYPE "public"."user_role_old" AS ENUM('ADMIN', 'EDITOR', 'ORGANISER', 'MEMBER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ALTER COLUMN "roles" TYPE "public"."user_role_old"[] USING "roles"::"text"::"public"."user_role_old"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`ALTER TYPE "public"."user_role_old" RENAME TO "user_role"`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "roles" SET DEFAULT '{}'`);
  }
}
