import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../src/common/node-id';
import { ACTION_PLAN_KEY, ActionPlan, Activity } from '../../src/modules/action-plan';

/** The seeded 2023 plan (version 1) and its activities by number, with global IDs. */
export async function seededPlan(dataSource: DataSource) {
  const plan = await dataSource
    .getRepository(ActionPlan)
    .findOneByOrFail({ planKey: ACTION_PLAN_KEY, versionNumber: 1 });
  const activities = await dataSource
    .getRepository(Activity)
    .find({ where: { planId: plan.id }, order: { number: 'ASC' } });
  return {
    plan,
    planId: toGlobalId('ActionPlan', plan.id),
    activityId: (number: number) => toGlobalId('Activity', activities.find((a) => a.number === number)!.id),
  };
}

/** Row counts of every table, to prove a refused mutation wrote nothing. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = n;
  }
  return counts;
}

/** A digest of every budget and activity row, to prove nothing changed (not just counts). */
export async function planFingerprint(dataSource: DataSource): Promise<string> {
  const [{ digest }] = await dataSource.query(`
    SELECT md5(
      coalesce((SELECT string_agg(b::text, '|' ORDER BY b.id) FROM budget_lines b), '') ||
      coalesce((SELECT string_agg(a::text, '|' ORDER BY a.id) FROM activities a), '') ||
      coalesce((SELECT string_agg(p::text, '|' ORDER BY p.activity_id, p.organisation_id) FROM activity_partners p), '') ||
      coalesce((SELECT string_agg(x::text, '|' ORDER BY x.activity_id, x.from_year) FROM activity_planned_actions x), '') ||
      coalesce((SELECT string_agg(ap::text, '|' ORDER BY ap.id) FROM action_plans ap), '')
    ) AS digest`);
  return digest;
}

/**
 * A budget row as the tests compare it: the cost category's number and the
 * account's EA code in place of the objects the schema returns.
 */
export function flatBudgetKeys<
  T extends { category?: { number: number } | null; account?: { eaCode: string } | null },
>(row: T): Omit<T, 'category' | 'account'> & { category: number | null; account: string | null } {
  return { ...row, category: row.category?.number ?? null, account: row.account?.eaCode ?? null };
}
