import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createAuthRuntime } from '../../src/modules/auth';
import { randomBytes } from 'node:crypto';
import { createSearchClient } from '../../src/search/client';
import { createSearchRuntime, type SearchRuntime } from '../../src/search/search-runtime';
import { silentLog } from './graphql';

export interface TestServer {
  base: string;
  /** POSTs a GraphQL operation, optionally with a bearer token and extra headers. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any }>;
  /** Signs in with a seeded person's password and returns the access token. */
  signIn(email: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

/** The real Express + Apollo app (limits, sign-in, CSRF) on a random port, over a test database. */
export async function startTestServer(
  dataSource: DataSource,
  options: { env?: Record<string, string>; meiliHost?: string; search?: SearchRuntime; log?: Logger } = {},
): Promise<TestServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...options.env });
  const httpServer = http.createServer();
  const { handle, apollo } = await createApp({
    config,
    dataSource,
    search:
      options.search ??
      createSearchRuntime(
        createSearchClient(options.meiliHost ?? process.env.TEST_MEILI_HOST!, process.env.TEST_MEILI_KEY!),
        {
          prefix: `srv${randomBytes(4).toString('hex')}_`,
          publicHost: options.meiliHost ?? process.env.TEST_MEILI_HOST!,
        },
      ),
    log: options.log ?? silentLog,
    httpServer,
    auth: createAuthRuntime(config, config.jwtSecret!),
  });
  httpServer.on('request', handle);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const server: TestServer = {
    base,
    async graphql(query, variables = {}, { token, headers = {} } = {}) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async signIn(email, password) {
      const { body } = await server.graphql(
        `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
        { e: email, p: password },
      );
      return body.data.login.accessToken;
    },
    stop: () => apollo.stop(),
  };
  return server;
}
