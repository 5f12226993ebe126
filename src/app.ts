import { randomUUID } from 'node:crypto';
import type { RequestListener, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { documentCacheControlPlugin } from './common/cache-control';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { contextForRequest, mountModuleRoutes } from './assembly';
import { withTimeout } from './common/timeout';
import { cors } from './cors';
import { graphqlPostListener } from './graphql-post';
import { explorerRoutes } from './explorer/serve';
import { createMetrics, requestFacts } from './metrics';
import type { Context } from './context';
import { queryLimitsPlugin } from './common/query-limits';
import { authenticate, type AuthRuntime } from './modules/auth';
import { ErrorCode, isDatabaseUnavailable, serviceUnavailable } from './errors';
import { validationFindings, type ValidationFinding } from './common/user-error';
import { buildAppSchema } from './schema';
import { isSearchHealthy } from './search/client';
import type { SearchRuntime } from './search/search-runtime';

export interface AppDeps {
  config: Config;
  dataSource: DataSource;
  search: SearchRuntime;
  log: Logger;
  httpServer: Server;
  auth: AuthRuntime;
}

/** Maximum size of a GraphQL request body: 1 MB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The cause an AppError carries, wherever graphql-js put it (the error itself or its originalError). */
function causeOf(error: unknown): unknown {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  return (original as { cause?: unknown } | null)?.cause;
}

/** Codes that are the client's doing: answered as they are, logged at info, never at error level. */
const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The request each error came from: formatError is not given the request, so
 * errors are tagged as the request meets them (an AsyncLocalStorage would do
 * it too, but costs a hook on every promise of every request).
 */
const requestIdOfError = new WeakMap<object, string>();

const tagErrorsWithRequest: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) requestIdOfError.set(error, contextValue.requestId);
      },
    };
  },
};

/**
 * Hides internals of unexpected errors outside development: the client gets
 * INTERNAL_SERVER_ERROR and the log gets the details. Known errors keep their
 * code and message, never a stack, and never echo the input (class-validator's
 * `target` and `value` are dropped).
 */
function formatError(config: Config, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const known = code && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    // Apollo wraps an error of context creation that is not a GraphQLError: the tag is on the original.
    const requestId = [error, (error as { originalError?: unknown } | null)?.originalError]
      .filter((e): e is object => typeof e === 'object' && e !== null)
      .map((e) => requestIdOfError.get(e))
      .find(Boolean);
    if (!known && isDatabaseUnavailable(error)) {
      // PostgreSQL restarting or unreachable: the client may retry; the pool reconnects by itself.
      log.warn({ err: error, requestId }, 'database unavailable');
      return {
        message: serviceUnavailable().message,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (!known) log.error({ err: error, requestId }, 'unexpected GraphQL error');
    else if (CLIENT_CODES.has(code))
      log.info({ code, requestId, message: formatted.message.slice(0, 200) }, 'client error');
    // Meilisearch refusing (an index not there yet, a key it no longer takes) needs an operator; an outage does not.
    const refusal = code === ErrorCode.SEARCH_UNAVAILABLE && causeOf(error);
    if (refusal) log.error({ err: refusal, requestId }, 'Meilisearch refused a request');
    if (config.nodeEnv === 'development' && !known) return formatted;
    if (!known) {
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    const { stacktrace: _stack, validationErrors, ...extensions } = formatted.extensions ?? {};
    if (Array.isArray(validationErrors)) {
      const findings = validationFindings(validationErrors as ValidationFinding[]);
      return {
        ...formatted,
        message: findings.map((f) => `${f.field}: ${f.message}`).join('; ') || formatted.message,
        extensions: { ...extensions, fields: findings },
      };
    }
    return { ...formatted, extensions };
  };
}

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** A bounded route label for metrics: the first path segment (ids and tokens never become labels). */
function routeLabel(path: string): string {
  const first = path.split('/')[1] ?? '';
  return /^[a-z]+$/.test(first) ? `/${first}` : '/other';
}

/**
 * A URL as the request log shows it: secret path segments (a personal calendar
 * feed's token, anything long and random-looking) and query values replaced,
 * so a log line never carries a credential.
 */
export function redactUrl(url: string): string {
  const [pathname, query] = url.split('?', 2);
  const path = pathname
    .replace(/^\/calendar\/personal\/[^/]+/, '/calendar/personal/[redacted].ics')
    .replace(/\/[A-Za-z0-9_-]{32,}(?=\/|\.|$)/g, '/[redacted]');
  return query === undefined ? path : `${path}?${query.replace(/=([^&]*)/g, '=…')}`;
}

/** A response whose errors include SERVICE_UNAVAILABLE is HTTP 503, so clients and proxies retry. */
const unavailableAs503: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE))
          response.http.status = 503;
      },
    };
  },
};

/** GraphQL-shaped JSON for an HTTP-level failure: no HTML, no stack, no paths. */
function sendHttpError(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Builds the Express app with GraphQL and health routes, and `handle`, the
 * HTTP server's request listener (POST /graphql directly, the rest through
 * the app); call `apollo.stop()` on shutdown.
 */
export async function createApp(
  deps: AppDeps,
): Promise<{ app: Express; apollo: ApolloServer<Context>; handle: RequestListener }> {
  const { config, dataSource, search, log, auth } = deps;
  const schema = await buildAppSchema();
  const metrics = createMetrics({ dataSource, search });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    formatError: formatError(config, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer }),
      // Apollo's own landing page loads Apollo Sandbox from a CDN; the explorer is served from here (/explorer).
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field's resolver to collect hints; ours reads them
      // from the document once (the hints are static), so resolvers run unwrapped.
      ApolloServerPluginCacheControlDisabled(),
      documentCacheControlPlugin(schema),
      queryLimitsPlugin(schema, config.limits),
      unavailableAs503,
      tagErrorsWithRequest,
      metrics.plugin,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // The request line holds scalars only (its URL already redacted), so none of the logger's redaction paths can
  // match it; without them pino writes it directly instead of copying it for redaction, which was a sixth of
  // what a small request allocated.
  const requestLog = log.child({}, { redact: [] });
  const trackRequest: express.RequestHandler = (req, res, next) => {
    const requestId = req.header('x-request-id') || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const facts = requestFacts.get(requestId);
      requestFacts.delete(requestId);
      // The original path: a mounted router (/graphql) has stripped its prefix from req.path by now.
      const path = req.originalUrl.split('?')[0];
      metrics.observeHttp(req.method, routeLabel(path), res.statusCode, ms / 1000);
      // Probes and scrapes come every few seconds: debug, so they do not drown the real traffic.
      const level = PROBES.has(path) ? 'debug' : 'info';
      if (!requestLog.isLevelEnabled(level)) return;
      requestLog[level](
        {
          requestId,
          method: req.method,
          url: redactUrl(req.originalUrl),
          ...(facts ? { operation: facts.operation, userId: facts.userId } : {}),
          status: res.statusCode,
          ms,
        },
        'request',
      );
    });
    next();
  };
  const allowCors = cors(config.corsOrigins);
  app.use(trackRequest);
  app.use(allowCors);

  // Prometheus text format; for the operators' scraper, not for the public internet.
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  /** Each dependency's state; only PostgreSQL decides readiness (search failing degrades only search). */
  const dependencies = async () => {
    const [database, searchUp] = await Promise.all([
      withTimeout(
        dataSource.query('SELECT 1').then(
          () => true,
          () => false,
        ),
        2000,
        false,
      ),
      withTimeout(isSearchHealthy(search.client), 1000, false),
    ]);
    return { database, searchUp };
  };

  // Liveness: the process answers. With ?deep, every dependency's state too (always 200 while alive).
  app.get('/healthz', async (req, res) => {
    if (req.query.deep === undefined) return res.json({ status: 'ok' });
    const { database, searchUp } = await dependencies();
    res.json({
      status: database && searchUp ? 'ok' : 'degraded',
      checks: { postgres: database ? 'up' : 'down', meilisearch: searchUp ? 'up' : 'down' },
    });
  });

  // Readiness for a load balancer: ready while PostgreSQL answers. A search outage is reported
  // ("degraded") but does not take the plan, seminars and sign-in out of service.
  app.get('/readyz', async (_req, res) => {
    const { database, searchUp } = await dependencies();
    res.status(database ? 200 : 503).json({
      status: !database ? 'unavailable' : searchUp ? 'ready' : 'degraded',
      checks: { postgres: database ? 'up' : 'down', meilisearch: searchUp ? 'up' : 'down' },
    });
  });

  if (config.explorer) app.use(explorerRoutes(log));

  const graphqlContext = async ({ req, res }: { req: express.Request; res: express.Response }) => {
    const user = await authenticate(dataSource, auth, req.header('authorization')).catch((error: unknown) => {
      const thrown = isDatabaseUnavailable(error) ? serviceUnavailable() : error;
      // No plugin sees an error of context creation; tag it here for formatError's log line.
      if (typeof thrown === 'object' && thrown) requestIdOfError.set(thrown, res.locals.requestId as string);
      throw thrown;
    });
    return contextForRequest({ dataSource, search, log, config, auth }, req, res, user);
  };
  // POST with a JSON body is served by `handle` below without these layers; GET and anything unusual come here.
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: graphqlContext }),
  );

  mountModuleRoutes(app, { dataSource, search, log, config, auth });

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  // Body parser and route failures: a client's mistake gets its 4xx, anything else a bare 500, all as JSON.
  const answerHttpError: express.ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status } = (error ?? {}) as { type?: string; status?: number };
    if (type === 'entity.parse.failed')
      return sendHttpError(res, 400, 'BAD_REQUEST', 'The body is not valid JSON.');
    if (type === 'entity.too.large') {
      return sendHttpError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
      );
    }
    if (status && status >= 400 && status < 500) {
      return sendHttpError(res, status, 'BAD_REQUEST', 'The request could not be read.');
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error, requestId: res.locals.requestId }, 'database unavailable');
      return sendHttpError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, serviceUnavailable().message);
    }
    log.error({ err: error, requestId: res.locals.requestId }, 'unexpected HTTP error');
    sendHttpError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
  app.use(answerHttpError);

  const handle = graphqlPostListener(app, {
    apollo,
    context: graphqlContext,
    before: [trackRequest, allowCors],
    onError: answerHttpError,
    limitBytes: MAX_BODY_BYTES,
  });
  return { app, apollo, handle };
}
