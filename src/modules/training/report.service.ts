import type { Context } from '../../context';
import { badInput } from '../../errors';
import { findProgramme } from './programme.service';

export interface CohortReportRow {
  cohortId: string;
  enrolled: number;
  waitlisted: number;
  completed: number;
  notCompleted: number;
  completionRate: number | null;
  attendanceRate: number | null;
}

export interface ReachRow {
  key: string;
  kovsReached: number;
  completed: number;
}

/** Per cent with one decimal; null when there is nothing to divide by. */
const percent = (part: number, whole: number) => (whole ? Math.round((part * 1000) / whole) / 10 : null);

/**
 * A programme's outcome for the funder's report: per cohort enrolled,
 * waitlisted, completed, completion rate (of those evaluated) and attendance
 * rate (present marks of the places times the sessions held); and the KOVs
 * reached — distinct KOVs with at least one person completed — overall, per
 * year (of the cohort's last session, Tallinn time) and per county.
 */
export async function trainingReport(ctx: Context, programmeGlobalId: string) {
  const programme = await findProgramme(ctx, programmeGlobalId);
  if (!programme) throw badInput('"programmeId" is not a programme you may see.', 'programmeId');
  const [cohorts, reach, [{ total }]] = await Promise.all([
    ctx.dataSource.query(
      `SELECT c.id AS "cohortId",
              count(e.id) FILTER (WHERE e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED'))::int AS enrolled,
              count(e.id) FILTER (WHERE e.status = 'WAITLISTED')::int AS waitlisted,
              count(e.id) FILTER (WHERE e.status = 'COMPLETED')::int AS completed,
              count(e.id) FILTER (WHERE e.status = 'NOT_COMPLETED')::int AS "notCompleted",
              (SELECT count(*) FROM training_attendance a
                 JOIN training_sessions s ON s.id = a.session_id AND s.ends_at < now()
                 JOIN training_enrolments p ON p.id = a.enrolment_id
                WHERE s.cohort_id = c.id AND a.present
                  AND p.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED'))::int AS present,
              (SELECT count(*) FROM training_sessions s WHERE s.cohort_id = c.id AND s.ends_at < now())::int AS held
         FROM training_cohorts c LEFT JOIN training_enrolments e ON e.cohort_id = c.id
        WHERE c.programme_id = $1 AND c.status NOT IN ('DRAFT', 'CANCELLED')
        GROUP BY c.id
        ORDER BY (SELECT min(s.starts_at) FROM training_sessions s WHERE s.cohort_id = c.id) NULLS LAST, c.id`,
      [programme.id],
    ) as Promise<(CohortReportRow & { present: number; held: number })[]>,
    ctx.dataSource.query(
      `WITH done AS (
         SELECT e.organisation_id, o.county_id,
                extract(year FROM (SELECT max(s.ends_at) FROM training_sessions s WHERE s.cohort_id = e.cohort_id)
                  AT TIME ZONE 'Europe/Tallinn')::int AS year
           FROM training_enrolments e
           JOIN training_cohorts c ON c.id = e.cohort_id
           JOIN organisations o ON o.id = e.organisation_id AND o.kind = 'KOV'
          WHERE c.programme_id = $1 AND e.status = 'COMPLETED')
       SELECT 'all' AS dimension, '' AS key, count(DISTINCT organisation_id)::int AS "kovsReached", count(*)::int AS completed FROM done
       UNION ALL
       SELECT 'year', year::text, count(DISTINCT organisation_id)::int, count(*)::int FROM done GROUP BY year
       UNION ALL
       SELECT 'county', county_id::text, count(DISTINCT organisation_id)::int, count(*)::int FROM done
        WHERE county_id IS NOT NULL GROUP BY county_id`,
      [programme.id],
    ) as Promise<(ReachRow & { dimension: string })[]>,
    ctx.dataSource.query(`SELECT count(*)::int AS total FROM organisations WHERE kind = 'KOV'`),
  ]);
  const rows = cohorts.map(({ present, held, ...row }) => ({
    ...row,
    completionRate: percent(row.completed, row.completed + row.notCompleted),
    attendanceRate: percent(present, row.enrolled * held),
  }));
  const sum = (key: 'enrolled' | 'waitlisted' | 'completed' | 'notCompleted') =>
    rows.reduce((n, r) => n + r[key], 0);
  const of = (dimension: string) => reach.filter((r) => r.dimension === dimension);
  return {
    programmeId: programme.id,
    enrolledCount: sum('enrolled'),
    waitlistedCount: sum('waitlisted'),
    completedCount: sum('completed'),
    completionRate: percent(sum('completed'), sum('completed') + sum('notCompleted')),
    kovsReached: of('all')[0]?.kovsReached ?? 0,
    kovsTotal: total as number,
    byYear: of('year')
      .map((r) => ({ year: Number(r.key), kovsReached: r.kovsReached, completed: r.completed }))
      .sort((a, b) => a.year - b.year),
    byCounty: of('county').map((r) => ({
      countyId: r.key,
      kovsReached: r.kovsReached,
      completed: r.completed,
    })),
    cohorts: rows,
  };
}
