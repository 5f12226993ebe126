import type { YearlyMeasure } from '../../common/yearly-figures';

/**
 * Distinct KOVs with at least one person who attended a seminar in the year
 * (the year the event started, on the event's own clock). The organisation is
 * the one the person registered from, so a later move does not rewrite history.
 */
export const kovsReachedBySeminars: YearlyMeasure = (em, fromYear, toYear) =>
  em.query(
    `SELECT y.year, count(DISTINCT r.organisation_id)::text AS value
       FROM registrations r
       JOIN events e ON e.id = r.event_id
       JOIN organisations o ON o.id = r.organisation_id AND o.kind = 'KOV'
      CROSS JOIN LATERAL (SELECT extract(year FROM e.starts_at AT TIME ZONE e.time_zone)::int AS year) y
      WHERE r.status = 'ATTENDED' AND y.year BETWEEN $1 AND $2
      GROUP BY y.year`,
    [fromYear, toYear],
  );

/** Mean of the 1–10 feedback ratings on events that started in the year, two decimals. */
export const seminarSatisfaction: YearlyMeasure = (em, fromYear, toYear) =>
  em.query(
    `SELECT y.year, round(avg(f.rating), 2)::text AS value
       FROM event_feedback f
       JOIN events e ON e.id = f.event_id
      CROSS JOIN LATERAL (SELECT extract(year FROM e.starts_at AT TIME ZONE e.time_zone)::int AS year) y
      WHERE y.year BETWEEN $1 AND $2
      GROUP BY y.year`,
    [fromYear, toYear],
  );
