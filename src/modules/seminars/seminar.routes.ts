import express, { type Request, type Response, type Router } from 'express';
import { In } from 'typeorm';
import { sendCsv } from '../../common/csv';
import { localUuid } from '../../common/node-id';
import { hashToken } from '../../common/secret-token';
import type { RouteServices } from '../../module';
import { organises } from './access';
import { Event, EventQuestion, EventSeries } from './event.entity';
import { EventStatus } from './event.enums';
import { calendar } from '../../common/ical';
import { calendarEntry, eventCalendar } from './notices';
import { CalendarFeedToken } from './registration.entity';
import { eventDays } from './registration.service';

function sendCalendar(res: Response, name: string, body: string) {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}.ics`);
  res.setHeader('Cache-Control', 'private, max-age=300');
  res.send(body);
}

interface ParticipantRow {
  name: string;
  email: string | null;
  organisation: string | null;
  county: string | null;
  status: string;
  queue_number: number;
  created_at: Date;
  answers: Record<string, unknown>;
  days: string[];
}

const notFound = (res: Response) =>
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found.' } });

/**
 * iCalendar feeds and exports over HTTP:
 *   GET /calendar/events/:id.ics        one event (published, cancelled or completed)
 *   GET /calendar/series/:id.ics        every event of a series
 *   GET /calendar/personal/:token.ics   the person's registrations and every other module's entries for them
 *                                       (training sessions; secret URL from createCalendarFeedUrl)
 *   GET /events/:id/participants.csv    participant list for the event's organisers (bearer token)
 */
export function seminarRoutes({ dataSource, config, identify, personalCalendar }: RouteServices): Router {
  const router = express.Router();
  const events = dataSource.getRepository(Event);

  router.get('/calendar/events/:id.ics', async (req, res, next) => {
    try {
      const id = localUuid(String(req.params.id), 'Event');
      const event = id ? await events.findOneBy({ id }) : null;
      if (!event || event.status === EventStatus.DRAFT) return notFound(res);
      sendCalendar(res, event.title, eventCalendar(config, event));
    } catch (error) {
      next(error);
    }
  });

  router.get('/calendar/series/:id.ics', async (req, res, next) => {
    try {
      const id = localUuid(String(req.params.id), 'EventSeries');
      const series = id ? await dataSource.getRepository(EventSeries).findOneBy({ id }) : null;
      if (!series) return notFound(res);
      const list = await events.find({
        where: {
          seriesId: series.id,
          status: In([EventStatus.PUBLISHED, EventStatus.CANCELLED, EventStatus.COMPLETED]),
        },
        order: { startsAt: 'ASC' },
      });
      sendCalendar(
        res,
        series.title,
        calendar(
          series.title,
          list.map((e) => calendarEntry(config, e)),
        ),
      );
    } catch (error) {
      next(error);
    }
  });

  router.get('/calendar/personal/:token.ics', async (req, res, next) => {
    try {
      const feed = await dataSource
        .getRepository(CalendarFeedToken)
        .findOneBy({ tokenHash: hashToken(String(req.params.token)) });
      if (!feed) return notFound(res);
      const entries = await personalCalendar(feed.userId);
      sendCalendar(res, 'Minu üritused', calendar('Minu üritused (ELVL)', entries));
    } catch (error) {
      next(error);
    }
  });

  router.get('/events/:id/participants.csv', async (req: Request, res: Response, next) => {
    try {
      const caller = await identify(req, res);
      if (!caller) return;
      const { user } = caller;
      const id = localUuid(String(req.params.id), 'Event');
      const event = id ? await events.findOneBy({ id }) : null;
      if (!event || !(await organises(dataSource.manager, user, event.id))) return notFound(res);
      // One query for the people, their organisation and county, and the days they were checked in.
      const [rows, questions] = await Promise.all([
        dataSource.query(
          `SELECT u.name, u.email, o.name AS organisation, c.name AS county, r.status, r.queue_number, r.created_at, r.answers,
                  coalesce(array_agg(ci.day::text ORDER BY ci.day) FILTER (WHERE ci.day IS NOT NULL), '{}') AS days
             FROM registrations r
             JOIN users u ON u.id = r.user_id
             LEFT JOIN organisations o ON o.id = r.organisation_id
             LEFT JOIN counties c ON c.id = o.county_id
             LEFT JOIN event_check_ins ci ON ci.registration_id = r.id
            WHERE r.event_id = $1
            GROUP BY r.id, u.id, o.id, c.id
            ORDER BY r.queue_number`,
          [event.id],
        ) as Promise<ParticipantRow[]>,
        dataSource
          .getRepository(EventQuestion)
          .find({ where: { eventId: event.id }, order: { position: 'ASC' } }),
      ]);
      const days = eventDays(event);
      const header = [
        'Nimi',
        'E-post',
        'Organisatsioon',
        'Maakond',
        'Staatus',
        'Järjekorranumber',
        'Registreeritud',
        ...questions.map((q) => q.label),
        ...days.map((d) => `Kohal ${d}`),
      ];
      sendCsv(
        res,
        `osalejad-${event.title}`,
        header,
        rows.map((r) => [
          r.name,
          r.email,
          r.organisation,
          r.county,
          r.status,
          r.queue_number,
          new Date(r.created_at).toISOString(),
          ...questions.map((q) => r.answers[q.key]),
          ...days.map((d) => (r.days.includes(d) ? 'jah' : '')),
        ]),
      );
    } catch (error) {
      next(error);
    }
  });

  return router;
}
