import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config';

export interface LoggerOptions {
  /** Fields added to every line, e.g. the active trace id when tracing is on. */
  mixin?: () => object;
  /** Where lines go; stdout by default. */
  destination?: DestinationStream;
  /** Whether stdout is a terminal (decides `LOG_FORMAT=auto`). */
  isTTY?: boolean;
}

/**
 * Structured JSON logs; secrets (authorization headers, passwords, keys) are
 * redacted. A person at a terminal outside production gets the same lines
 * made readable (pino-pretty, a dev dependency: the production image never
 * needs it, and without it the lines stay JSON).
 */
export function createLogger(
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'logFormat' | 'nodeEnv'>>,
  options: LoggerOptions = {},
): Logger {
  const settings = {
    level: config.logLevel,
    base: { service: 'elvl-api' },
    redact: ['req.headers.authorization', '*.password', '*.masterKey', '*.apiKey', '*.databaseUrl'],
    mixin: options.mixin,
  };
  const format = config.logFormat ?? 'auto';
  const pretty =
    format === 'pretty' ||
    (format === 'auto' &&
      config.nodeEnv === 'development' &&
      (options.isTTY ?? process.stdout.isTTY === true));
  const destination = options.destination ?? (pretty ? prettyStream() : undefined);
  return destination ? pino(settings, destination) : pino(settings);
}

function prettyStream(): DestinationStream | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pretty({ sync: true, ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss.l' });
  } catch {
    return undefined; // not installed (production dependencies only): JSON lines
  }
}
