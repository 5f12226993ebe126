import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionPlanAndOrganisations1795266354952 implements MigrationInterface {
  name = 'ActionPlanAndOrganisations1795266354952';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('KOV', 'ASSOCIATION', 'MINISTRY', 'STATE_AGENCY', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32), "name" text NOT NULL, "name_en" text, "kind" "public"."organisation_kind" NOT NULL, CONSTRAINT "UQ_06f3139d67205a125c84f8c6c45" UNIQUE ("code"), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_plans" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_key" character varying(100) NOT NULL, "version_number" integer NOT NULL, "version_label" text NOT NULL, "derived_from_id" uuid, "title" text NOT NULL, "title_en" text, "implementer_id" uuid NOT NULL, "legal_basis" text NOT NULL, "legal_basis_date" date NOT NULL, "period_start" smallint NOT NULL, "period_end" smallint NOT NULL, "transformation_goal" text NOT NULL, "plan_goal" text NOT NULL, "approver" text NOT NULL, "funding_source" text NOT NULL, "vat_rounding_scale" smallint NOT NULL DEFAULT '0', CONSTRAINT "CHK_action_plans_rounding" CHECK ("vat_rounding_scale" BETWEEN 0 AND 2), CONSTRAINT "CHK_action_plans_period" CHECK ("period_start" <= "period_end"), CONSTRAINT "PK_969b73b0a2c013da5849ac154fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b3564eb1cf2d45f463f3d4e7fb" ON "action_plans"  ("plan_key", "version_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_vat_rates" ("plan_id" uuid NOT NULL, "year" smallint NOT NULL, "rate" numeric(5,4) NOT NULL, CONSTRAINT "CHK_plan_vat_rates_rate" CHECK ("rate" >= 0 AND "rate" < 1), CONSTRAINT "PK_90768e52bedb301b05451cfb590" PRIMARY KEY ("plan_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_accounts" ("code" character varying(8) NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "carries_vat" boolean NOT NULL, CONSTRAINT "PK_33f9bfe6adeb70b13fa4e186a4f" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cost_categories" ("number" smallint NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_6d34407eb9827081106ba82a393" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."activity_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "activities" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "number" smallint NOT NULL, "name" text NOT NULL, "name_en" text, "problem" text NOT NULL, "measure" text NOT NULL, "expected_result" text NOT NULL, "implementer_id" uuid NOT NULL, "category_number" smallint NOT NULL, "funding_source" text NOT NULL, "status" "public"."activity_status" NOT NULL DEFAULT 'PLANNED', CONSTRAINT "CHK_activities_number" CHECK ("number" > 0), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_40c3b191ac4393c5e51b9cdfd0" ON "activities"  ("plan_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_planned_actions" ("activity_id" uuid NOT NULL, "from_year" smallint NOT NULL, "to_year" smallint NOT NULL, "description" text NOT NULL, CONSTRAINT "CHK_activity_planned_actions_years" CHECK ("from_year" <= "to_year"), CONSTRAINT "PK_df8b537ebb73457977da1f393e8" PRIMARY KEY ("activity_id", "from_year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_partners" ("activity_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_48fe0273fc86ed52d6d45cfa34e" PRIMARY KEY ("activity_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_lines" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "year" smallint NOT NULL, "account_code" character varying(8) NOT NULL, "amount_net" numeric(14,2) NOT NULL, CONSTRAINT "CHK_budget_lines_amount" CHECK ("amount_net" >= 0), CONSTRAINT "PK_4eabf9c9d7c8edc9ad302270c94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ecb3c4b829fc1142fccba682b7" ON "budget_lines"  ("activity_id", "year", "account_code") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."declared_table" AS ENUM('SUMMARY_NET', 'SUMMARY_GROSS', 'CATEGORY_GROSS', 'ACCOUNT_NET', 'ACTIVITY_NET', 'ACTIVITY_GROSS')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."vat_mode" AS ENUM('NET', 'GROSS')`);
    await queryRunner.query(
      `CREATE TABLE "declared_budget_figures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "source_table" "public"."declared_table" NOT NULL, "vat" "public"."vat_mode" NOT NULL, "year" smallint, "category_number" smallint, "account_code" character varying(8), "activity_id" uuid, "amount" numeric(14,2) NOT NULL, "label" text NOT NULL, CONSTRAINT "PK_03e02f0ea5558b495b4b208343d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3e2b03a97c5f222d5b08b07599" ON "declared_budget_figures"  ("plan_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plans" ADD CONSTRAINT "FK_9d32c8f3e02699eea747e910f24" FOREIGN KEY ("derived_from_id") REFERENCES "action_plans"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plans" ADD CONSTRAINT "FK_1c45afc3a03a6e5fff7b70771e6" FOREIGN KEY ("implementer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_vat_rates" ADD CONSTRAINT "FK_173f4d72f30f7ad0ce95e4901a5" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_4ddc7fb1994ebf66850d6bd7b7e" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_243e30a0bd07cb10ae6459b38a7" FOREIGN KEY ("implementer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_9e8c61ea5143ee2838465323950" FOREIGN KEY ("category_number") REFERENCES "cost_categories"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_planned_actions" ADD CONSTRAINT "FK_8c67bc345bfaedc2d016592bed6" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_partners" ADD CONSTRAINT "FK_67864b6ae3796257128494f20b8" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_partners" ADD CONSTRAINT "FK_f4af3c5b6993ec372dc87e741b3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_lines" ADD CONSTRAINT "FK_c54f48f2e66b030d38c01d5b9ce" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_lines" ADD CONSTRAINT "FK_0d3fcacf265718f38e2686bc2d6" FOREIGN KEY ("account_code") REFERENCES "budget_accounts"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" ADD CONSTRAINT "FK_b42f9c9e312eb1dd4d413ce08f1" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" ADD CONSTRAINT "FK_b154efbad3aa85dfd73ccbab4ce" FOREIGN KEY ("category_number") REFERENCES "cost_categories"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" ADD CONSTRAINT "FK_720b7ab7d2d487c17d900590fb8" FOREIGN KEY ("account_code") REFERENCES "budget_accounts"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" ADD CONSTRAINT "FK_e761d7d3617c8cab7bfe736a721" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" DROP CONSTRAINT "FK_e761d7d3617c8cab7bfe736a721"`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" DROP CONSTRAINT "FK_720b7ab7d2d487c17d900590fb8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" DROP CONSTRAINT "FK_b154efbad3aa85dfd73ccbab4ce"`,
    );
    await queryRunner.query(
      `ALTER TABLE "declared_budget_figures" DROP CONSTRAINT "FK_b42f9c9e312eb1dd4d413ce08f1"`,
    );
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "FK_0d3fcacf265718f38e2686bc2d6"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "FK_c54f48f2e66b030d38c01d5b9ce"`);
    await queryRunner.query(
      `ALTER TABLE "activity_partners" DROP CONSTRAINT "FK_f4af3c5b6993ec372dc87e741b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_partners" DROP CONSTRAINT "FK_67864b6ae3796257128494f20b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_planned_actions" DROP CONSTRAINT "FK_8c67bc345bfaedc2d016592bed6"`,
    );
    await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_9e8c61ea5143ee2838465323950"`);
    await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_243e30a0bd07cb10ae6459b38a7"`);
    await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_4ddc7fb1994ebf66850d6bd7b7e"`);
    await queryRunner.query(`ALTER TABLE "plan_vat_rates" DROP CONSTRAINT "FK_173f4d72f30f7ad0ce95e4901a5"`);
    await queryRunner.query(`ALTER TABLE "action_plans" DROP CONSTRAINT "FK_1c45afc3a03a6e5fff7b70771e6"`);
    await queryRunner.query(`ALTER TABLE "action_plans" DROP CONSTRAINT "FK_9d32c8f3e02699eea747e910f24"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e2b03a97c5f222d5b08b07599"`);
    await queryRunner.query(`DROP TABLE "declared_budget_figures"`);
    await queryRunner.query(`DROP TYPE "public"."vat_mode"`);
    await queryRunner.query(`DROP TYPE "public"."declared_table"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ecb3c4b829fc1142fccba682b7"`);
    await queryRunner.query(`DROP TABLE "budget_lines"`);
    await queryRunner.query(`DROP TABLE "activity_partners"`);
    await queryRunner.query(`DROP TABLE "activity_planned_actions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40c3b191ac4393c5e51b9cdfd0"`);
    await queryRunner.query(`DROP TABLE "activities"`);
    await queryRunner.query(`DROP TYPE "public"."activity_status"`);
    await queryRunner.query(`DROP TABLE "cost_categories"`);
    await queryRunner.query(`DROP TABLE "budget_accounts"`);
    await queryRunner.query(`DROP TABLE "plan_vat_rates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3564eb1cf2d45f463f3d4e7fb"`);
    await queryRunner.query(`DROP TABLE "action_plans"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
