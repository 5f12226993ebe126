import DataLoader from 'dataloader';
import { entityRows, queryRows, rowsWhereIn } from '../../common/sql-rows';
import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupedLoader, keyedLoader } from '../../common/loaders';
import {
  Event,
  EventMaterial,
  EventOrganiser,
  EventQuestion,
  EventSeries,
  EventSession,
} from './event.entity';
import { CheckIn, Registration } from './registration.entity';

export interface RegistrationCounts {
  confirmed: number;
  waitlisted: number;
}

export function eventLoaders(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    eventById: byIdLoader(dataSource, Event),
    eventSeriesById: byIdLoader(dataSource, EventSeries),
    /**
     * With each organiser's user, the user's organisation and its county in the
     * same statement: organisers are shown with the event, and with whom they work.
     */
    eventOrganisers: groupedLoader<string, EventOrganiser>(
      async (ids) => {
        const organisers = entityRows(dataSource, EventOrganiser);
        const users = entityRows(dataSource, 'User');
        const organisations = entityRows(dataSource, 'Organisation');
        const counties = entityRows(dataSource, 'County');
        const rows = await queryRows(
          dataSource,
          `SELECT ${organisers.select('o')}, ${users.select('u')}, ${organisations.select('og')}, ${counties.select('c')}
             FROM ${organisers.table} o
             JOIN ${users.table} u ON u.id = o.user_id
             LEFT JOIN ${organisations.table} og ON og.id = u.organisation_id
             LEFT JOIN ${counties.table} c ON c.id = og.county_id
            WHERE o.event_id = ANY($1)`,
          [[...ids]],
        );
        return rows.map((row) => {
          const organisation = organisations.hydrate(row, 'og');
          if (organisation) organisation.county = counties.hydrate(row, 'c') ?? undefined;
          const user = Object.assign(users.hydrate(row, 'u')!, { organisation: organisation ?? undefined });
          return Object.assign(organisers.hydrate(row, 'o')!, { user });
        });
      },
      (o) => o.eventId,
    ),
    eventSessions: groupedLoader<string, EventSession>(
      (ids) => rowsWhereIn(dataSource, EventSession, 'event_id', ids, 't.starts_at'),
      (s) => s.eventId,
    ),
    eventQuestions: groupedLoader<string, EventQuestion>(
      (ids) => repo(EventQuestion).find({ where: { eventId: In([...ids]) }, order: { position: 'ASC' } }),
      (q) => q.eventId,
    ),
    eventMaterials: groupedLoader<string, EventMaterial>(
      (ids) => repo(EventMaterial).findBy({ eventId: In([...ids]) }),
      (m) => m.eventId,
    ),
    /** Seats taken and people waiting, per event, in one query. */
    registrationCounts: new DataLoader<string, RegistrationCounts>(async (ids) => {
      const rows: { event_id: string; confirmed: number; waitlisted: number }[] = await dataSource.query(
        `SELECT event_id,
                count(*) FILTER (WHERE status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int AS confirmed,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
           FROM registrations WHERE event_id = ANY($1) GROUP BY event_id`,
        [[...ids]],
      );
      const byId = new Map(
        rows.map((r) => [r.event_id, { confirmed: r.confirmed, waitlisted: r.waitlisted }]),
      );
      return ids.map((id) => byId.get(id) ?? { confirmed: 0, waitlisted: 0 });
    }),
    registrationById: byIdLoader(dataSource, Registration),
    checkInsByRegistration: groupedLoader<string, CheckIn>(
      (ids) => repo(CheckIn).find({ where: { registrationId: In([...ids]) }, order: { day: 'ASC' } }),
      (c) => c.registrationId,
    ),
    /** The signed-in user's registration per event: key "eventId:userId". */
    registrationOfUser: keyedLoader<string, Registration & { key: string }>(
      async (keys) => {
        const pairs = keys.map((k) => k.split(':'));
        const rows = await repo(Registration).findBy(pairs.map(([eventId, userId]) => ({ eventId, userId })));
        return rows.map((r) => Object.assign(r, { key: `${r.eventId}:${r.userId}` }));
      },
      (r) => r.key,
    ),
  };
}

export type SeminarLoaders = ReturnType<typeof eventLoaders>;

declare module '../../context' {
  interface Loaders extends SeminarLoaders {}
}
