import path from 'node:path';

/**
 * The whole runtime configuration, read from the environment once at boot.
 * Anything missing or malformed stops the process with a message naming every
 * bad variable, so a misconfigured deployment never half-starts.
 */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `auto`: readable by a person when stdout is a terminal outside production, JSON lines otherwise. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** Serve the GraphiQL explorer at /explorer (and to browsers at /graphql). */
  explorer: boolean;
  /** Where the embedded servers keep their data (and later: uploads). */
  dataDir: string;
  /** External PostgreSQL; when absent an embedded server runs under dataDir. */
  databaseUrl: string | null;
  embeddedPostgresPort: number;
  /** External Meilisearch; when absent an embedded server runs under dataDir. */
  meiliHost: string | null;
  meiliMasterKey: string | null;
  embeddedMeiliPort: number;
  /** Prefix of every Meilisearch index name, so several deployments can share one server. */
  meiliIndexPrefix: string;
  /** How long a graceful shutdown waits for in-flight requests. */
  shutdownTimeoutMs: number;
  /**
   * How far V8 lets the old generation grow past what survived its last full
   * collection, in percent; 0 leaves V8's own adaptive factor (up to 300 %).
   */
  heapGrowthPercent: number;
  /** Seed an empty database at boot (the action plan and reference data). */
  seedOnBoot: boolean;
  introspection: boolean;
  /** HMAC key for our access tokens; null in development means "generate one under dataDir". */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** An external OpenID Connect provider (TARA or a KOV's own), or null when not configured. */
  oidc: { issuer: string; jwksUrl: string; audience: string; organisationClaim: string } | null;
  /** Express "trust proxy": how client IPs are read behind a load balancer. */
  trustProxy: boolean | number;
  attachments: {
    dir: string;
    maxBytes: number;
    allowedTypes: string[];
    /** Text taken from each attachment for search: at most so many characters, time and heap per file. */
    text: { maxChars: number; timeoutMs: number; maxMemoryMb: number };
  };
  /** Meilisearch URL given to front-ends with a tenant token (defaults to the server's own). */
  meiliPublicUrl: string | null;
  worker: { enabled: boolean; intervalMs: number; maxRetryDelaySeconds: number };
  mail: { smtpUrl: string | null; from: string };
  /** Base URL of the front-end (event links in emails and calendars). */
  publicWebUrl: string;
  /** Browser origins allowed to call the API (CORS); by default the front-end's own outside production. */
  corsOrigins: string[];
  /** Base URL of this API as clients reach it (calendar feed and download links). */
  apiPublicUrl: string;
  /** How long before an event its reminder goes out. */
  reminderLeadMinutes: number;
  limits: {
    maxQueryDepth: number;
    maxQueryComplexity: number;
    maxFields: number;
    /** Failed sign-ins per account (email) in a window before it is refused for the rest of the window. */
    loginFailuresPerAccount: number;
    loginFailuresPerIp: number;
    loginWindowSeconds: number;
    mutationsPerMinutePerUser: number;
    mutationsPerMinutePerIp: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Office documents, PDF, images, text and archives: what guides attach in practice. */
export const DEFAULT_ATTACHMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/zip',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
];

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    problems.push(`${name} must be a TCP port between 1 and 65535, got "${raw}"`);
    return fallback;
  }
  return value;
}

function readPositiveInt(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    problems.push(`${name} must be a positive integer, got "${raw}"`);
    return fallback;
  }
  return Number(raw);
}

function readIntInRange(
  env: Env,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return Number(raw);
}

function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false, got "${raw}"`);
  return fallback;
}

function readUrl(env: Env, name: string, protocols: string[], problems: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name} must use ${protocols.join(' or ')}, got "${url.protocol}"`);
      return null;
    }
    return raw;
  } catch {
    // Never echo the value: a database URL carries a password.
    problems.push(`${name} is not a valid URL`);
    return null;
  }
}

function readEnum<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  }
  return raw as T;
}

/** Reads and validates the configuration; throws ConfigError listing every problem. */
/**
 * CORS_ORIGINS: comma-separated origins ("https://app.example.ee"); "" allows none. Unset, it is the
 * origin of PUBLIC_WEB_URL (default http://localhost:3000) outside production and none in production.
 */
function readOrigins(env: NodeJS.ProcessEnv, nodeEnv: string, problems: string[]): string[] {
  const raw =
    env.CORS_ORIGINS ?? (nodeEnv === 'production' ? '' : (env.PUBLIC_WEB_URL ?? 'http://localhost:3000'));
  const origins: string[] = [];
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    try {
      const url = new URL(item);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
      origins.push(url.origin);
    } catch {
      problems.push(`CORS_ORIGINS has "${item.slice(0, 60)}", which is not an http(s) origin`);
    }
  }
  return origins;
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = readEnum(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
    problems,
  );
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const meiliHost = readUrl(env, 'MEILI_HOST', ['http:', 'https:'], problems);
  const meiliMasterKey = env.MEILI_MASTER_KEY || null;
  if (meiliHost && !meiliMasterKey && nodeEnv === 'production') {
    problems.push('MEILI_MASTER_KEY is required when MEILI_HOST is set in production');
  }
  if (meiliMasterKey && !meiliHost) {
    problems.push(
      'MEILI_MASTER_KEY is set but MEILI_HOST is not; the embedded Meilisearch makes its own key',
    );
  }
  if (nodeEnv === 'production' && (!databaseUrl || !meiliHost)) {
    problems.push(
      'DATABASE_URL and MEILI_HOST are required in production (the embedded servers are for development)',
    );
  }
  const indexPrefix = env.MEILI_INDEX_PREFIX ?? '';
  if (!/^[A-Za-z0-9_-]*$/.test(indexPrefix)) {
    problems.push('MEILI_INDEX_PREFIX may only contain letters, digits, "_" and "-"');
  }

  const jwtSecret = env.JWT_SECRET || null;
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  if (!jwtSecret && nodeEnv === 'production') problems.push('JWT_SECRET is required in production');
  const oidcVars = ['OIDC_ISSUER', 'OIDC_JWKS_URL', 'OIDC_AUDIENCE'].filter((name) => env[name]);
  if (oidcVars.length > 0 && oidcVars.length < 3) {
    problems.push('OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE must be set together');
  }
  const jwksUrl = readUrl(env, 'OIDC_JWKS_URL', ['http:', 'https:'], problems);
  const trustProxyRaw = env.TRUST_PROXY ?? '';
  let trustProxy: boolean | number = false;
  if (/^\d+$/.test(trustProxyRaw)) trustProxy = Number(trustProxyRaw);
  else if (trustProxyRaw !== '') trustProxy = readBoolean(env, 'TRUST_PROXY', false, problems);

  const config: Config = {
    nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: readPort(env, 'PORT', 4000, problems),
    logLevel: readEnum(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
      problems,
    ),
    logFormat: readEnum(env, 'LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto', problems),
    explorer: readBoolean(env, 'EXPLORER_ENABLED', nodeEnv !== 'production', problems),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    databaseUrl,
    embeddedPostgresPort: readPort(env, 'EMBEDDED_PG_PORT', 54329, problems),
    meiliHost,
    meiliMasterKey,
    embeddedMeiliPort: readPort(env, 'EMBEDDED_MEILI_PORT', 7701, problems),
    meiliIndexPrefix: indexPrefix,
    shutdownTimeoutMs: readPositiveInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, problems),
    heapGrowthPercent: readIntInRange(env, 'HEAP_GROWTH_PERCENT', 50, [0, 300], problems),
    seedOnBoot: readBoolean(env, 'SEED_ON_BOOT', true, problems),
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production', problems),
    jwtSecret,
    accessTokenTtlSeconds: readPositiveInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, problems),
    refreshTokenTtlSeconds: readPositiveInt(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, problems),
    oidc:
      oidcVars.length === 3 && jwksUrl
        ? {
            issuer: env.OIDC_ISSUER!,
            jwksUrl,
            audience: env.OIDC_AUDIENCE!,
            organisationClaim: env.OIDC_ORGANISATION_CLAIM || 'organisation',
          }
        : null,
    trustProxy,
    attachments: {
      dir: path.resolve(env.ATTACHMENTS_DIR || path.join(env.DATA_DIR || '.data', 'attachments')),
      maxBytes: readPositiveInt(env, 'ATTACHMENT_MAX_BYTES', 20 * 1024 * 1024, problems),
      allowedTypes: (env.ATTACHMENT_TYPES || DEFAULT_ATTACHMENT_TYPES.join(','))
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      text: {
        maxChars: readPositiveInt(env, 'ATTACHMENT_TEXT_MAX_CHARS', 100_000, problems),
        timeoutMs: readPositiveInt(env, 'ATTACHMENT_TEXT_TIMEOUT_SECONDS', 60, problems) * 1000,
        maxMemoryMb: readPositiveInt(env, 'ATTACHMENT_TEXT_MAX_MEMORY_MB', 512, problems),
      },
    },
    meiliPublicUrl: readUrl(env, 'MEILI_PUBLIC_URL', ['http:', 'https:'], problems),
    worker: {
      enabled: readBoolean(env, 'WORKER_ENABLED', true, problems),
      intervalMs: readPositiveInt(env, 'WORKER_INTERVAL_MS', 1000, problems),
      maxRetryDelaySeconds: readPositiveInt(env, 'SEARCH_RETRY_MAX_SECONDS', 60, problems),
    },
    mail: {
      smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems),
      from: env.MAIL_FROM || 'ELVL IT-võrgustik <it-vorgustik@elvl.ee>',
    },
    publicWebUrl: (
      readUrl(env, 'PUBLIC_WEB_URL', ['http:', 'https:'], problems) ?? 'http://localhost:3000'
    ).replace(/\/$/, ''),
    corsOrigins: readOrigins(env, nodeEnv, problems),
    apiPublicUrl: (
      readUrl(env, 'API_PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${env.PORT || 4000}`
    ).replace(/\/$/, ''),
    reminderLeadMinutes: readPositiveInt(env, 'REMINDER_LEAD_MINUTES', 24 * 60, problems),
    limits: {
      maxQueryDepth: readPositiveInt(env, 'MAX_QUERY_DEPTH', 12, problems),
      maxQueryComplexity: readPositiveInt(env, 'MAX_QUERY_COMPLEXITY', 50_000, problems),
      maxFields: readPositiveInt(env, 'MAX_QUERY_FIELDS', 500, problems),
      loginFailuresPerAccount: readPositiveInt(env, 'LOGIN_FAILURES_PER_ACCOUNT', 5, problems),
      loginFailuresPerIp: readPositiveInt(env, 'LOGIN_FAILURES_PER_IP', 20, problems),
      loginWindowSeconds: readPositiveInt(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, problems),
      mutationsPerMinutePerUser: readPositiveInt(env, 'MUTATIONS_PER_MINUTE_PER_USER', 120, problems),
      mutationsPerMinutePerIp: readPositiveInt(env, 'MUTATIONS_PER_MINUTE_PER_IP', 300, problems),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
