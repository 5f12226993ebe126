import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';

export interface GraphqlPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The same context function the Express route uses. */
  context: (args: { req: Request; res: Response }) => Promise<TContext>;
  /** Middleware every request meets first (request id and log line, CORS), run in this order. */
  before: RequestHandler[];
  /** The app's error handler: an unreadable or oversized body is answered as on any other route. */
  onError: ErrorRequestHandler;
  /** The largest body read, in bytes. */
  limitBytes: number;
}

/**
 * The HTTP server's request listener: POST /graphql with a JSON body goes to
 * Apollo directly; everything else (GET /graphql, other routes, other content
 * types, compressed bodies) to the Express app, unchanged.
 *
 * Why: for a small query, Express's router layers, body-parser (type-is,
 * raw-body, iconv) and the ETag hash `res.send` computes over every response
 * were about 30 % of the API's CPU per request (`npm run bench:api` with
 * BENCH_PROFILE, `{ __typename }`). The request still gets Express's request
 * and response prototypes (`req.ip` under `trust proxy`, `req.header`,
 * `res.json`) and meets the same middleware, context function and error
 * handler, so ids, logs, metrics, CORS, limits, 400 and 413 are the same.
 */
export function graphqlPostListener<TContext extends BaseContext>(
  app: Express,
  options: GraphqlPostOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, context, before, onError, limitBytes } = options;
  const fail = (error: unknown, req: Request, res: Response) => {
    const giveUp = () => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    };
    try {
      onError(error, req, res, giveUp);
    } catch {
      giveUp();
    }
  };

  const answer = async (req: Request, res: Response, body: unknown) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // As bytes: a string would be written in one piece with the head, and Node would then encode the
      // head's latin1 header values (an echoed x-request-id) as UTF-8 too.
      const bytes = Buffer.from(response.body.string, 'utf8');
      res.setHeader('content-length', bytes.length);
      res.end(bytes);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (incoming, outgoing) => {
    if (!isJsonGraphqlPost(incoming)) return void app(incoming as Request, outgoing as Response);
    // What Express's app.handle and router do before the first middleware.
    const req = Object.setPrototypeOf(incoming, app.request) as Request;
    const res = Object.setPrototypeOf(outgoing, app.response) as Response;
    req.res = res;
    res.req = req;
    res.locals ??= Object.create(null);
    req.originalUrl = req.url;
    req.baseUrl = '';

    // Express's router catches what a middleware throws; so does this, or the process would go down with it.
    const guarded = (step: () => void) => {
      try {
        step();
      } catch (thrown) {
        fail(thrown, req, res);
      }
    };
    let step = 0;
    const next = (error?: unknown) => {
      if (error) return fail(error, req, res);
      const middleware = before[step++];
      if (middleware) return guarded(() => middleware(req, res, next));
      readJson(req, limitBytes, (readError, body) =>
        guarded(() => {
          if (readError) return fail(readError, req, res);
          answer(req, res, body).catch((thrown: unknown) => fail(thrown, req, res));
        }),
      );
    };
    next();
  };
}

/** POST /graphql (with or without a query string) with an uncompressed UTF-8 JSON body. */
function isJsonGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return false;
  const [media, ...parameters] = (req.headers['content-type'] ?? '').split(';');
  if (media.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=');
    return name.trim().toLowerCase() !== 'charset' || /^"?utf-8"?$/i.test(value.trim());
  });
}

/** An error as body-parser reports it, so the app's error handler answers it the same way. */
const bodyError = (type: 'entity.too.large' | 'entity.parse.failed', status: number) =>
  Object.assign(new Error(type), { type, status, expose: true });

/**
 * Reads a JSON body as `express.json({ strict: true })` does: at most
 * `limitBytes` (by the declared length and by what arrives), an object or an
 * array, `{}` when empty. On an error the rest of the body is drained before
 * the callback, so the answer does not cut the connection.
 */
function readJson(
  req: IncomingMessage,
  limitBytes: number,
  done: (error: Error | null, body?: unknown) => void,
) {
  const declared = Number(req.headers['content-length']);
  let error: Error | null = declared > limitBytes ? bodyError('entity.too.large', 413) : null;
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    if (error) return;
    size += chunk.length;
    if (size > limitBytes) error = bodyError('entity.too.large', 413);
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (error) return done(error);
    const text = Buffer.concat(chunks, size).toString('utf8').trim();
    if (text === '') return done(null, {});
    if (text[0] !== '{' && text[0] !== '[') return done(bodyError('entity.parse.failed', 400));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return done(bodyError('entity.parse.failed', 400));
    }
    done(null, body);
  });
  // A client that goes away mid-body gets no answer; the socket is closed by Node.
  req.on('error', () => undefined);
}
