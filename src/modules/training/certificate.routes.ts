import express, { type Router } from 'express';
import type { RouteServices } from '../../module';
import { renderCertificatePdf } from './certificate.pdf';
import { certificateByCode, certificatePdfUrl } from './certificate.service';

/**
 *   GET /certificates/:code.pdf   a certificate as PDF, for anyone who has its code (unknown: 404)
 */
export function certificateRoutes({ config, identify, contextFor }: RouteServices): Router {
  const router = express.Router();
  router.get('/certificates/:code.pdf', async (req, res, next) => {
    try {
      const identity = await identify(req, res);
      if (!identity) return;
      const certificate = await certificateByCode(
        contextFor(req, res, identity.user),
        String(req.params.code),
      );
      if (!certificate)
        return res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such certificate.' } });
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
