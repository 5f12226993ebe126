import type { NextFunction, Request, Response } from 'express';

/** What a GraphQL client sends cross-origin, and what it may read back. */
const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-request-id';
const ALLOWED_METHODS = 'GET, POST, PUT, OPTIONS';

/**
 * CORS for the API: only the allow-listed origins (CORS_ORIGINS) get
 * Access-Control-* headers, and their preflights are answered 204 here
 * (before CSRF prevention, which stays on for the request itself). No
 * credentials: the API uses bearer tokens, not cookies. Calendar feeds and
 * certificate PDFs are readable from any origin: they carry no credentials,
 * and a personal feed's secret is its URL.
 */
export function cors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.header('origin');
    if (
      req.method === 'GET' &&
      (req.path.startsWith('/calendar/') || /^\/certificates\/[^/]+\.pdf$/.test(req.path))
    ) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      return next();
    }
    if (!origin || !allowed.has(origin)) return next();
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.append('Vary', 'Origin');
    res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
    if (req.method === 'OPTIONS' && req.header('access-control-request-method')) {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      return res.status(204).end();
    }
    next();
  };
}
