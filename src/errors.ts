import { GraphQLError } from 'graphql';

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

export const searchUnavailable = () =>
  new AppError(ErrorCode.SEARCH_UNAVAILABLE, 'Search is unavailable right now; try again shortly.');
