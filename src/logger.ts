import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** Structured JSON logs; secrets (authorization headers, passwords, keys) are redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'elvl-api' },
    redact: ['req.headers.authorization', '*.password', '*.masterKey', '*.apiKey', '*.databaseUrl'],
  });
}
