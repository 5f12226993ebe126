import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import express, { type Request, type Response, type Router } from 'express';
import { runMutation } from '../../common/mutation';
import { localUuid, toGlobalId, isUuid } from '../../common/node-id';
import type { RouteServices } from '../../module';
import { Guide, GuideAttachment } from './guide.entity';
import { findAttachment } from './guide.service';
import { mayEditGuides } from './visibility';
import { blobPath, lockBlob, writeBlob } from './blob-store';
import { queueTextExtraction } from './attachment-text.service';

const safeFilename = (name: string) =>
  [...name]
    // Control characters and path separators could forge headers or paths.
    .map((c) => (c < ' ' || c === '\u007f' || c === '/' || c === '\\' ? '_' : c))
    .join('')
    .trim()
    .slice(0, 200);

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * Attachments over HTTP:
 *   POST /guides/:guideId/attachments?filename=… (editors; the body is the file, Content-Type its type)
 *   PUT  /attachments/:id[?filename=…] (editors; a new version of the file, same ID; its text is extracted again)
 *   GET  /attachments/:id (anyone who may read the guide; others get 404)
 */
export function attachmentRoutes({ dataSource, config, log, identify, contextFor }: RouteServices): Router {
  const router = express.Router();

  /** The file of an upload or replacement, checked; answers the request itself and returns null when it is not acceptable. */
  async function fileOf(req: Request, res: Response, { nameRequired }: { nameRequired: boolean }) {
    const identity = await identify(req, res);
    if (!identity) return null;
    if (!identity.user) return (fail(res, 401, 'UNAUTHENTICATED', 'Sign in to upload.'), null);
    if (!mayEditGuides(identity.user))
      return (fail(res, 403, 'FORBIDDEN', 'Only editors attach files.'), null);
    const contentType = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!config.attachments.allowedTypes.includes(contentType)) {
      fail(res, 415, 'UNSUPPORTED_TYPE', `Allowed types: ${config.attachments.allowedTypes.join(', ')}.`);
      return null;
    }
    const filename = safeFilename(String(req.query.filename ?? ''));
    if (!filename && nameRequired)
      return (fail(res, 400, 'BAD_USER_INPUT', 'Give the file name as ?filename=…'), null);
    const body = req.body as Buffer;
    if (!Buffer.isBuffer(body) || body.length === 0)
      return (fail(res, 400, 'BAD_USER_INPUT', 'The file is empty.'), null);
    const sha256 = createHash('sha256').update(body).digest('hex');
    return {
      user: identity.user,
      ctx: contextFor(req, res, identity.user),
      contentType,
      filename,
      body,
      sha256,
    };
  }

  const describeAttachment = (a: GuideAttachment) => ({
    id: toGlobalId('GuideAttachment', a.id),
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    downloadUrl: a.downloadUrl,
  });
  const rawBody = express.raw({ type: () => true, limit: config.attachments.maxBytes });

  router.post('/guides/:guideId/attachments', rawBody, async (req, res, next) => {
    try {
      const file = await fileOf(req, res, { nameRequired: true });
      if (!file) return;
      const guideId = localUuid(String(req.params.guideId), 'Guide');
      if (!guideId || !(await dataSource.getRepository(Guide).existsBy({ id: guideId }))) {
        return fail(res, 404, 'NOT_FOUND', 'No such guide.');
      }
      const outcome = await runMutation(file.ctx, 'addGuideAttachment', async (em, audit) => {
        // Locked, so a guide deleted meanwhile cannot end up with an attachment row.
        const guide = await em.findOne(Guide, { where: { id: guideId }, lock: { mode: 'pessimistic_read' } });
        if (!guide) return null;
        // The file and its row land together, under the checksum's lock (see blob-store.ts).
        await lockBlob(em, file.sha256);
        await writeBlob(config.attachments.dir, file.sha256, file.body);
        const attachment = await em.save(
          em.create(GuideAttachment, {
            guideId: guide.id,
            filename: file.filename,
            contentType: file.contentType,
            size: file.body.length,
            sha256: file.sha256,
            uploadedById: file.user.id,
          }),
        );
        await queueTextExtraction(em, attachment);
        audit.record('GuideAttachment', attachment.id, null, attachment);
        return attachment;
      });
      if (!outcome.value) return fail(res, 404, 'NOT_FOUND', 'No such guide.');
      res.status(201).json(describeAttachment(outcome.value));
    } catch (error) {
      next(error);
    }
  });

  // A new version of the file under the same attachment (its ID and links stay); the name stays unless given.
  router.put('/attachments/:id', rawBody, async (req, res, next) => {
    try {
      const file = await fileOf(req, res, { nameRequired: false });
      if (!file) return;
      const id =
        localUuid(String(req.params.id), 'GuideAttachment') ??
        (isUuid(String(req.params.id)) ? String(req.params.id) : null);
      const outcome = id
        ? await runMutation(file.ctx, 'replaceGuideAttachment', async (em, audit) => {
            const before = await em.findOne(GuideAttachment, {
              where: { id },
              lock: { mode: 'pessimistic_write' },
            });
            if (!before) return null;
            await lockBlob(em, file.sha256);
            await writeBlob(config.attachments.dir, file.sha256, file.body);
            const after = await em.save(
              Object.assign(new GuideAttachment(), before, {
                filename: file.filename || before.filename,
                contentType: file.contentType,
                size: file.body.length,
                sha256: file.sha256,
                uploadedById: file.user.id,
              }),
            );
            await queueTextExtraction(em, after);
            audit.record('GuideAttachment', after.id, before, after);
            return after;
          })
        : { value: null };
      if (!outcome.value) return fail(res, 404, 'NOT_FOUND', 'No such attachment.');
      res.status(200).json(describeAttachment(outcome.value));
    } catch (error) {
      next(error);
    }
  });

  router.get('/attachments/:id', async (req, res, next) => {
    try {
      const identity = await identify(req, res);
      if (!identity) return;
      const ctx = contextFor(req, res, identity.user);
      const id = String(req.params.id);
      // The same rule as Guide.attachments; not found and not allowed look the same, so no file's existence leaks.
      const attachment = isUuid(id) ? await findAttachment(ctx, id) : null;
      const guide = attachment && (await ctx.loaders.guideById.load(attachment.guideId));
      if (!attachment || !guide) return fail(res, 404, 'NOT_FOUND', 'No such attachment.');
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader('Content-Length', String(attachment.size));
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('ETag', `"${attachment.sha256}"`);
      res.setHeader(
        'Cache-Control',
        guide.visibility === 'PUBLIC' ? 'public, max-age=300' : 'private, no-store',
      );
      createReadStream(blobPath(config.attachments.dir, attachment.sha256))
        .on('error', (error) => {
          log.error({ err: error, attachment: attachment.id }, 'attachment file missing');
          if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The file could not be read.');
          else res.destroy();
        })
        .pipe(res);
    } catch (error) {
      next(error);
    }
  });

  // Body too large or unreadable: answer in the same JSON shape.
  router.use(
    (error: { type?: string; status?: number }, _req: Request, res: Response, next: express.NextFunction) => {
      if (error.type === 'entity.too.large')
        return fail(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `Files may be at most ${config.attachments.maxBytes} bytes.`,
        );
      next(error);
    },
  );
  return router;
}
