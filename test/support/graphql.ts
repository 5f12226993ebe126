import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { createSearchClient } from '../../src/search/client';
import { createSearchRuntime, type SearchRuntime } from '../../src/search/search-runtime';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { Role, type AuthUser } from '../../src/common/auth';
import { createContext } from '../../src/assembly';
import type { Context } from '../../src/context';
import { buildAppSchema } from '../../src/schema';
import { loadConfig } from '../../src/config';
import { createAuthRuntime } from '../../src/modules/auth';

/** Sign-in machinery as the server builds it, with the run's JWT secret and test limits. */
export function testAuthRuntime(env: Record<string, string> = {}) {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...env });
  return createAuthRuntime(config, config.jwtSecret!);
}

export const silentLog = pino({ level: 'silent' });

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string } & Record<string, unknown>;
    path?: (string | number)[];
  }[];
}

function identity(id: string, role: Role, organisationCode: string | null): AuthUser {
  // The organisation id only matters for "is staff of some organisation"; tests that need a real one look it up.
  return {
    id,
    roles: [role],
    organisationId: '00000000-0000-4000-8000-0000000000aa',
    organisationCode,
    sessionId: null,
  };
}

/**
 * Meilisearch for tests: the run's server, with an index prefix of its own per
 * test file (so files never see each other's documents).
 */
export function testSearchRuntime(
  prefix = `t${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}_`,
) {
  return createSearchRuntime(createSearchClient(process.env.TEST_MEILI_HOST!, process.env.TEST_MEILI_KEY!), {
    prefix,
    publicHost: process.env.TEST_MEILI_HOST!,
  });
}

/** Test identities for operations run straight through the schema (sign-in itself is tested over HTTP). */
export const users = {
  admin: identity('00000000-0000-4000-8000-000000000001', Role.ADMIN, 'ELVL'),
  editor: identity('00000000-0000-4000-8000-000000000002', Role.EDITOR, 'ELVL'),
  organiser: identity('00000000-0000-4000-8000-000000000003', Role.ORGANISER, 'ELVL'),
  coordinator: identity('00000000-0000-4000-8000-000000000005', Role.COORDINATOR, 'ELVL'),
  /** Staff of a KOV. */
  member: identity('00000000-0000-4000-8000-000000000004', Role.MEMBER, null),
} satisfies Record<string, AuthUser>;

/**
 * Runs operations through the real schema and Apollo's request pipeline (error
 * formatting included), as a given user or as the public.
 */
export async function graphqlClient(dataSource: DataSource, search: SearchRuntime = testSearchRuntime()) {
  const server = new ApolloServer<Context>({ schema: await buildAppSchema() });
  await server.start();
  const auth = testAuthRuntime();
  return {
    async run<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
      user: AuthUser | null = null,
      operationName?: string,
    ): Promise<GraphQLResult<T>> {
      const response = await server.executeOperation(
        { query, variables, operationName },
        { contextValue: createContext({ dataSource, auth, search, log: silentLog, user }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GraphQLResult<T>;
    },
    search,
    stop: () => server.stop(),
  };
}

/** The identity of a seeded user, as the server would build it from their token. */
export async function identityOf(dataSource: DataSource, email: string): Promise<AuthUser> {
  const [row] = await dataSource.query(
    `SELECT u.id, u.roles::text[] AS roles, u.organisation_id AS "organisationId", o.code AS "organisationCode"
       FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.email = $1`,
    [email],
  );
  if (!row) throw new Error(`no user ${email}`);
  return { ...row, sessionId: null };
}
