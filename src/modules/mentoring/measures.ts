import { tallinnYear, type YearlyMeasure } from '../../common/yearly-figures';

/** E-ITS mentorships (KOV → KOV) closed as completed in the year. */
export const mentorshipsCompleted: YearlyMeasure = (em, fromYear, toYear) =>
  em.query(
    `SELECT ${tallinnYear('m.closed_at')} AS year, count(*)::text AS value
       FROM mentorships m
      WHERE m.status = 'COMPLETED' AND m.closed_at IS NOT NULL
        AND ${tallinnYear('m.closed_at')} BETWEEN $1 AND $2
      GROUP BY 1`,
    [fromYear, toYear],
  );
