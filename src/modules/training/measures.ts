import { tallinnYear, type YearlyMeasure } from '../../common/yearly-figures';

/**
 * Distinct KOVs with at least one person whose enrolment was marked completed
 * in the year (when the cohort's completion was recorded), from the
 * organisation they enrolled from.
 */
export const kovsWithCompletedTraining: YearlyMeasure = (em, fromYear, toYear) =>
  em.query(
    `SELECT ${tallinnYear('en.evaluated_at')} AS year, count(DISTINCT en.organisation_id)::text AS value
       FROM training_enrolments en
       JOIN organisations o ON o.id = en.organisation_id AND o.kind = 'KOV'
      WHERE en.status = 'COMPLETED' AND en.evaluated_at IS NOT NULL
        AND ${tallinnYear('en.evaluated_at')} BETWEEN $1 AND $2
      GROUP BY 1`,
    [fromYear, toYear],
  );
