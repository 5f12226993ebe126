import { summariseRatings } from '../../common/feedback';
import { localUuid } from '../../common/node-id';
import type { Context } from '../../context';
import { ESTONIAN_COLLATION } from '../../common/text';
import type { Theme } from './event.enums';

export interface FeedbackFilter {
  eventId?: string | null;
  seriesId?: string | null;
  theme?: Theme | null;
  year?: number | null;
}

/** Average, count and 1–10 distribution of feedback for events matching the filter. */
export async function feedbackSummary(ctx: Context, filter: FeedbackFilter) {
  const rows: { rating: number; n: number }[] = await ctx.dataSource.query(
    `SELECT f.rating, count(*)::int AS n
       FROM event_feedback f JOIN events e ON e.id = f.event_id
      WHERE ($1::uuid IS NULL OR e.id = $1)
        AND ($2::uuid IS NULL OR e.series_id = $2)
        AND ($3::event_theme IS NULL OR $3 = ANY(e.themes))
        AND ($4::int IS NULL OR extract(year FROM e.starts_at AT TIME ZONE e.time_zone) = $4)
      GROUP BY f.rating`,
    [
      filter.eventId ? (localUuid(filter.eventId, 'Event') ?? '00000000-0000-0000-0000-000000000000') : null,
      filter.seriesId
        ? (localUuid(filter.seriesId, 'EventSeries') ?? '00000000-0000-0000-0000-000000000000')
        : null,
      filter.theme ?? null,
      filter.year ?? null,
    ],
  );
  return summariseRatings(rows);
}

/**
 * Who took part (attended) in events of a year, per KOV and per county, and
 * how many of the KOVs took part at all: the community activity's result indicator.
 */
export async function participationReport(ctx: Context, year: number) {
  const byKov: { organisation_id: string; county_id: string | null; participants: number; events: number }[] =
    await ctx.dataSource.query(
      `SELECT o.id AS organisation_id, o.county_id, count(DISTINCT r.user_id)::int AS participants, count(DISTINCT r.event_id)::int AS events
       FROM registrations r
       JOIN events e ON e.id = r.event_id
       JOIN organisations o ON o.id = r.organisation_id
      WHERE r.status = 'ATTENDED' AND o.kind = 'KOV'
        AND extract(year FROM e.starts_at AT TIME ZONE e.time_zone) = $1
      GROUP BY o.id, o.county_id, o.name
      ORDER BY o.name COLLATE ${ESTONIAN_COLLATION}`,
      [year],
    );
  const [{ total }] = await ctx.dataSource.query(
    `SELECT count(*)::int AS total FROM organisations WHERE kind = 'KOV'`,
  );
  const counties = new Map<string, { countyId: string; kovs: number; participants: number }>();
  for (const row of byKov) {
    if (!row.county_id) continue;
    const entry = counties.get(row.county_id) ?? { countyId: row.county_id, kovs: 0, participants: 0 };
    entry.kovs += 1;
    entry.participants += row.participants;
    counties.set(row.county_id, entry);
  }
  return {
    year,
    kovsTotal: total as number,
    kovsParticipated: byKov.length,
    byKov: byKov.map((r) => ({
      organisationId: r.organisation_id,
      participants: r.participants,
      events: r.events,
    })),
    byCounty: [...counties.values()],
  };
}
