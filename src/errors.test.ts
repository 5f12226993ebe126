import { GraphQLError, locatedError } from 'graphql';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { noteConnectionFailure } from './connection-failures';
import { isDatabaseUnavailable } from './errors';

describe('isDatabaseUnavailable', () => {
  const socketError = () => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104 });

  it('recognises PostgreSQL going away, however the error is wrapped', () => {
    expect(isDatabaseUnavailable(socketError())).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], shutdown))).toBe(true);
    expect(isDatabaseUnavailable(locatedError(socketError(), undefined, ['registerForEvent']))).toBe(true);
  });

  it('takes a released query runner for a lost connection only when a connection failed lately', () => {
    // No failure yet in this process: a released runner in use is a bug (500, logged as such).
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(false);
    noteConnectionFailure();
    // The next statement of a transaction whose connection failed.
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(
      isDatabaseUnavailable(locatedError(new QueryRunnerProviderAlreadyReleasedError(), undefined, ['x'])),
    ).toBe(true);
  });

  it('looks inside what graphql-js makes of a thrown value that is not an Error', () => {
    // What a socket error from another realm (Node's core, seen from Jest's sandbox) or a plain object becomes.
    const wrapped = locatedError({ errno: -104, code: 'ECONNRESET', syscall: 'read' }, undefined, ['x']);
    expect(wrapped.message).toContain('Unexpected error value');
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(locatedError({ code: 'E_SOMETHING' }, undefined, ['x']))).toBe(false);
    expect(isDatabaseUnavailable(new GraphQLError('bad input'))).toBe(false);
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], unique))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
