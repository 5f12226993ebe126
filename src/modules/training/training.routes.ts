import express, { type Router } from 'express';
import { sendCsv } from '../../common/csv';
import { calendar, localDateTime } from '../../common/ical';
import { localUuid } from '../../common/node-id';
import type { RouteServices } from '../../module';
import { renderCertificatePdf } from './certificate.pdf';
import { certificateByCode, certificatePdfUrl } from './certificate.service';
import { mayViewProgramme, teachesIn } from './access';
import { TrainingProgramme } from './programme.entity';
import { Cohort, TrainingSession } from './cohort.entity';
import { CohortStatus } from './training.enums';
import { sessionEntries } from './training.calendar';

/**
 *   GET /calendar/cohorts/:id.ics         the sessions of a cohort (not drafts), Europe/Tallinn
 *   GET /certificates/:code.pdf           a certificate as PDF, for anyone who has its code (unknown: 404)
 *   GET /cohorts/:id/participants.csv     participants and attendance, for the cohort's trainers and organisers
 */
export function trainingRoutes({ dataSource, config, identify, contextFor }: RouteServices): Router {
  const router = express.Router();
  const notFound = (res: express.Response, what: string) =>
    res.status(404).json({ error: { code: 'NOT_FOUND', message: `No such ${what}.` } });

  router.get('/calendar/cohorts/:id.ics', async (req, res, next) => {
    try {
      const id = localUuid(String(req.params.id), 'Cohort');
      const cohort = id ? await dataSource.getRepository(Cohort).findOneBy({ id }) : null;
      const programme =
        cohort && (await dataSource.getRepository(TrainingProgramme).findOneBy({ id: cohort.programmeId }));
      if (!cohort || !programme || cohort.status === CohortStatus.DRAFT || !mayViewProgramme(null, programme))
        return notFound(res, 'cohort');
      const entries = await sessionEntries(dataSource.manager, [cohort], config);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(cohort.name)}.ics`);
      res.setHeader('Cache-Control', 'private, max-age=300');
      res.send(calendar(cohort.name, entries));
    } catch (error) {
      next(error);
    }
  });

  router.get('/certificates/:code.pdf', async (req, res, next) => {
    try {
      const identity = await identify(req, res);
      if (!identity) return;
      const certificate = await certificateByCode(
        contextFor(req, res, identity.user),
        String(req.params.code),
      );
      if (!certificate) return notFound(res, 'certificate');
      // The printed link opens the public check in the web app.
      const verifyUrl = `${config.publicWebUrl}/tunnistus/${certificate.code}`;
      const pdf = await renderCertificatePdf(certificate, verifyUrl);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(`tunnistus-${certificate.holderName}`)}.pdf`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Link', `<${certificatePdfUrl(config, certificate.code)}>; rel="canonical"`);
      res.send(pdf);
    } catch (error) {
      next(error);
    }
  });
  router.get('/cohorts/:id/participants.csv', async (req, res, next) => {
    try {
      const identity = await identify(req, res);
      if (!identity) return;
      const id = localUuid(String(req.params.id), 'Cohort');
      const cohort = id ? await dataSource.getRepository(Cohort).findOneBy({ id }) : null;
      // Not found and not allowed look the same.
      if (!cohort || !(await teachesIn(dataSource.manager, identity.user, cohort.id)))
        return notFound(res, 'cohort');
      const sessions = await dataSource.getRepository(TrainingSession).find({
        where: { cohortId: cohort.id },
        order: { startsAt: 'ASC' },
      });
      // People, organisation, county and their attendance marks in one query.
      const rows: {
        name: string;
        email: string | null;
        organisation: string | null;
        county: string | null;
        status: string;
        queue_number: number;
        enrolled_at: Date | null;
        marks: Record<string, boolean>;
      }[] = await dataSource.query(
        `SELECT u.name, u.email, o.name AS organisation, c.name AS county, e.status, e.queue_number, e.enrolled_at,
                coalesce(jsonb_object_agg(a.session_id, a.present) FILTER (WHERE a.session_id IS NOT NULL), '{}') AS marks
           FROM training_enrolments e
           JOIN users u ON u.id = e.user_id
           LEFT JOIN organisations o ON o.id = e.organisation_id
           LEFT JOIN counties c ON c.id = o.county_id
           LEFT JOIN training_attendance a ON a.enrolment_id = e.id
          WHERE e.cohort_id = $1
          GROUP BY e.id, u.id, o.id, c.id
          ORDER BY e.queue_number`,
        [cohort.id],
      );
      const day = (date: Date) =>
        localDateTime(date, 'Europe/Tallinn')
          .slice(0, 8)
          .replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
      sendCsv(
        res,
        `osalejad-${cohort.name}`,
        [
          'Nimi',
          'E-post',
          'Organisatsioon',
          'Maakond',
          'Staatus',
          'Järjekorranumber',
          'Koht alates',
          ...sessions.map((s) => `Kohal ${day(s.startsAt)}`),
        ],
        rows.map((r) => [
          r.name,
          r.email,
          r.organisation,
          r.county,
          r.status,
          r.queue_number,
          r.enrolled_at ? new Date(r.enrolled_at).toISOString() : '',
          ...sessions.map((s) => (s.id in r.marks ? (r.marks[s.id] ? 'jah' : 'ei') : '')),
        ]),
      );
    } catch (error) {
      next(error);
    }
  });

  return router;
}
