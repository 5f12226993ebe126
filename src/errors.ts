import { GraphQLError } from 'graphql';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { connectionFailedRecently } from './connection-failures';

/** The `extensions.code` of every GraphQL error the API raises on purpose. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** Search (Meilisearch) cannot be reached right now; everything else works. */
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  /** The database cannot be reached right now; try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** An expected failure that aborts the whole operation (as opposed to a payload's userErrors). */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.');
export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** Search cannot answer; `cause` is Meilisearch's own refusal, when it gave one (logged, never shown). */
export const searchUnavailable = (cause?: unknown) => {
  const error = new AppError(
    ErrorCode.SEARCH_UNAVAILABLE,
    'Search is unavailable right now; try again shortly.',
  );
  if (cause !== undefined) error.cause = cause;
  return error;
};

/** SQLSTATEs and socket errors that mean "PostgreSQL is not there right now", not a bug. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'ENOTCONN',
  // Writing to a connection the server has just closed.
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_SOCKET_CLOSED',
]);

/** Whether an error (or what it wraps) says the database could not be reached or went away mid-request. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; depth++) {
    // TypeORM marks a transaction's query runner released when its connection fails (it listens for the
    // connection's 'error'), so the transaction's next statement reports that instead of the lost connection.
    // Only then: with no connection lost lately, a released runner in use is a bug, answered 500 and logged.
    if (e instanceof QueryRunnerAlreadyReleasedError || e instanceof QueryRunnerProviderAlreadyReleasedError)
      return connectionFailedRecently();
    const code = (e.code ?? (e.driverError as { code?: string } | undefined)?.code) as string | undefined;
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable/.test(
        message,
      )
    ) {
      return true;
    }
    // graphql-js wraps a thrown value that is not an Error (in its own realm: under Jest's module sandbox, a
    // socket error from Node's core is not) in a NonErrorThrown, which keeps it as `thrownValue`.
    e = (e.originalError ?? e.driverError ?? e.cause ?? e.thrownValue) as Record<string, unknown> | undefined;
  }
  return false;
}

export const serviceUnavailable = () =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is briefly unavailable; try again in a moment.', {
    http: { status: 503 },
  });
