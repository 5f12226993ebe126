import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import express, { type Router } from 'express';
import type { Logger } from 'pino';

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
  etag: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** dist/explorer, found from here both compiled (dist/src/explorer) and under ts-jest/swc (src/explorer). */
export function explorerDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'explorer');
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = types[path.extname(name)];
    if (!type) continue;
    const body = readFileSync(path.join(dir, name));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    // build.mjs writes the gzipped copy; an older build without it is compressed here, once.
    const zipped = path.join(dir, `${name}.gz`);
    const gzipped = existsSync(zipped) ? readFileSync(zipped) : gzipSync(body, { level: 9 });
    assets.set(name, { body, gzipped, type, etag });
  }
  return assets;
}

/**
 * The GraphiQL explorer at /explorer/ (built by build.mjs; see there), and a
 * browser's plain visit to /graphql sent to it. Files are held in memory,
 * gzipped once, and revalidated by ETag (their names carry no hash).
 */
export function explorerRoutes(log: Logger): Router {
  const router = express.Router();
  const dir = explorerDir();
  if (!existsSync(path.join(dir, 'index.html'))) {
    log.warn({ dir }, 'the explorer is not built (npm run build); /explorer answers 404');
    return router;
  }
  const assets = loadAssets(dir);

  router.get('/graphql', (req, res, next) => {
    // A person opening the endpoint in a browser; GraphQL clients ask for JSON or send a query.
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && req.query.query === undefined) {
      return res.redirect(302, '/explorer/');
    }
    next();
  });
  // Relative asset URLs need the trailing slash (non-strict routing matches both forms here).
  router.get('/explorer', (req, res, next) =>
    req.originalUrl.split('?')[0]!.endsWith('/') ? next() : res.redirect(301, '/explorer/'),
  );
  router.get('/explorer/{:file}', (req, res, next) => {
    const asset = assets.get(req.params.file ?? 'index.html');
    if (!asset) return next();
    res.setHeader('content-type', asset.type);
    res.setHeader('cache-control', 'no-cache');
    const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
    // One ETag per encoding: the two bodies differ byte for byte.
    const etag = gzip ? `${asset.etag.slice(0, -1)}-gz"` : asset.etag;
    res.setHeader('etag', etag);
    res.setHeader('vary', 'accept-encoding');
    // No inline scripts, nothing from other hosts; Monaco injects styles and runs its workers from here.
    res.setHeader(
      'content-security-policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; worker-src 'self'; frame-ancestors 'none'",
    );
    if (req.header('if-none-match') === etag) return res.status(304).end();
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.send(gzip ? asset.gzipped : asset.body);
  });
  return router;
}
