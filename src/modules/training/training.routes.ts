import express, { type Router } from 'express';
import { calendar } from '../../common/ical';
import { localUuid } from '../../common/node-id';
import type { RouteServices } from '../../module';
import { renderCertificatePdf } from './certificate.pdf';
import { certificateByCode, certificatePdfUrl } from './certificate.service';
import { Cohort } from './cohort.entity';
import { CohortStatus } from './training.enums';
import { sessionEntries } from './training.calendar';

/**
 *   GET /calendar/cohorts/:id.ics   the sessions of a cohort (not drafts), Europe/Tallinn
 *   GET /certificates/:code.pdf     a certificate as PDF, for anyone who has its code (unknown: 404)
 */
export function trainingRoutes({ dataSource, config, identify, contextFor }: RouteServices): Router {
  const router = express.Router();
  const notFound = (res: express.Response, what: string) =>
    res.status(404).json({ error: { code: 'NOT_FOUND', message: `No such ${what}.` } });

  router.get('/calendar/cohorts/:id.ics', async (req, res, next) => {
    try {
      const id = localUuid(String(req.params.id), 'Cohort');
      const cohort = id ? await dataSource.getRepository(Cohort).findOneBy({ id }) : null;
      if (!cohort || cohort.status === CohortStatus.DRAFT) return notFound(res, 'cohort');
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
  return router;
}
