import { ApolloServer } from '@apollo/server';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { Role, type AuthUser } from '../../src/common/auth';
import { createContext, type Context } from '../../src/context';
import { buildAppSchema } from '../../src/schema';
import { loadConfig } from '../../src/config';
import { createAuthRuntime } from '../../src/modules/auth/auth-runtime';

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

/** Test identities. Until sign-in exists (issue 3) these only live in tests. */
export const users = {
  admin: {
    id: '00000000-0000-4000-8000-000000000001',
    roles: [Role.ADMIN],
    organisationId: null,
    sessionId: null,
  },
  editor: {
    id: '00000000-0000-4000-8000-000000000002',
    roles: [Role.EDITOR],
    organisationId: null,
    sessionId: null,
  },
  organiser: {
    id: '00000000-0000-4000-8000-000000000003',
    roles: [Role.ORGANISER],
    organisationId: null,
    sessionId: null,
  },
  member: {
    id: '00000000-0000-4000-8000-000000000004',
    roles: [Role.MEMBER],
    organisationId: null,
    sessionId: null,
  },
} satisfies Record<string, AuthUser>;

/**
 * Runs operations through the real schema and Apollo's request pipeline (error
 * formatting included), as a given user or as the public.
 */
export async function graphqlClient(dataSource: DataSource) {
  const server = new ApolloServer<Context>({ schema: await buildAppSchema() });
  await server.start();
  const auth = testAuthRuntime();
  return {
    async run<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
      user: AuthUser | null = null,
    ): Promise<GraphQLResult<T>> {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: createContext({ dataSource, auth, log: silentLog, user }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GraphQLResult<T>;
    },
    stop: () => server.stop(),
  };
}
