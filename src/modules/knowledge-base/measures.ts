import { tallinnYear, type YearlyMeasure } from '../../common/yearly-figures';

/**
 * Guides published in the year, per kind: those published now or archived
 * since, by the date of their (latest) publication.
 */
export const guidesPublished: YearlyMeasure = (em, fromYear, toYear) =>
  em.query(
    `SELECT ${tallinnYear('g.published_at')} AS year, g.kind::text AS kind, count(*)::text AS value
       FROM guides g
      WHERE g.status IN ('PUBLISHED', 'ARCHIVED') AND g.published_at IS NOT NULL
        AND ${tallinnYear('g.published_at')} BETWEEN $1 AND $2
      GROUP BY 1, 2`,
    [fromYear, toYear],
  );
