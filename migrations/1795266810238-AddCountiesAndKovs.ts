import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCountiesAndKovs1795266810238 implements MigrationInterface {
  name = 'AddCountiesAndKovs1795266810238';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "counties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ehak_code" character varying(4) NOT NULL, "name" text NOT NULL, "short_name" text NOT NULL, CONSTRAINT "UQ_775b57f2340de326cd1a8bdaa91" UNIQUE ("ehak_code"), CONSTRAINT "UQ_7a1ce7173af07918942a318339f" UNIQUE ("short_name"), CONSTRAINT "CHK_counties_ehak" CHECK ("ehak_code" ~ '^[0-9]{4}$'), CONSTRAINT "PK_e9d269991e45de4af9e7889d9ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."kov_type" AS ENUM('LINN', 'VALD')`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "kov_type" "public"."kov_type"`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "ehak_code" character varying(4)`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "UQ_06dbe99c5c16729114ff1167e72" UNIQUE ("ehak_code")`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ADD "county_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "CHK_organisations_kov" CHECK (("kind" = 'KOV') = ("kov_type" IS NOT NULL AND "ehak_code" IS NOT NULL AND "county_id" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "CHK_organisations_ehak" CHECK ("ehak_code" ~ '^[0-9]{4}$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "FK_27ae6213c2e8cd1e66724a016a4" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "FK_27ae6213c2e8cd1e66724a016a4"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "CHK_organisations_ehak"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "CHK_organisations_kov"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "county_id"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "UQ_06dbe99c5c16729114ff1167e72"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "ehak_code"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "kov_type"`);
    await queryRunner.query(`DROP TYPE "public"."kov_type"`);
    await queryRunner.query(`DROP TABLE "counties"`);
  }
}
