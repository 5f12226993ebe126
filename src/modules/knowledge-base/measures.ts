import { tallinnYear, type YearlyMeasure } from '../../common/yearly-figures';

/**
 * Guides published in the year, per kind: a guide and its translations count
 * once, in the year its first language was published; those published now or
 * archived since.
 */
export const guidesPublished: YearlyMeasure = (em, fromYear, toYear) =>
  em.query(
    `SELECT ${tallinnYear('first_published')} AS year, kind, count(*)::text AS value
       FROM (SELECT g.translation_key, min(g.kind::text) AS kind, min(g.published_at) AS first_published
               FROM guides g
              WHERE g.status IN ('PUBLISHED', 'ARCHIVED') AND g.published_at IS NOT NULL
              GROUP BY g.translation_key) guide
      WHERE ${tallinnYear('first_published')} BETWEEN $1 AND $2
      GROUP BY 1, 2`,
    [fromYear, toYear],
  );
