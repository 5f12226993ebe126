import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { createContext } from '../src/assembly';
import { documentCacheControlPlugin } from '../src/common/cache-control';
import { toGlobalId } from '../src/common/node-id';
import type { Context } from '../src/context';
import { buildAppSchema } from '../src/schema';
import { identityOf, silentLog, testAuthRuntime, testSearchRuntime } from './support/graphql';
import { useSeededDatabase } from './support/harness';

/**
 * The server sets Cache-Control from a policy computed once per document
 * instead of Apollo's per-field plugin: for every operation here, the header
 * must be the one Apollo's own plugin gives.
 */
const t = useSeededDatabase();

const OPERATIONS: [string, string][] = [
  [
    'public reference lists',
    '{ counties { name } organisations(first: 3) { edges { node { name county { name } } } } }',
  ],
  [
    'a nested plan',
    '{ actionPlans { title activities { number budgetLines { amountNet { amount } account { name } } } } }',
  ],
  [
    'a page with its cursors',
    '{ organisations(first: 2) { totalCount pageInfo { endCursor } edges { cursor node { code } } } }',
  ],
  ['personal data', '{ me { id } }'],
  ['public and personal together', '{ counties { name } me { id } }'],
  ['events (no hint)', '{ events(first: 2) { edges { node { title } } } }'],
  ['an interface field', 'query ($id: ID!) { node(id: $id) { id ... on Organisation { name } } }'],
  [
    'named fragments',
    'query { organisations(first: 2) { edges { node { ...Org } } } } fragment Org on Organisation { name county { ...County } } fragment County on County { name }',
  ],
  ['only __typename', '{ __typename }'],
  ['introspection', '{ __schema { queryType { name } } }'],
  ['an error', '{ node(id: "not-an-id") { id } }'],
  ['a scalar root field', '{ enumLabels(enum: "OrganisationKind") { value } }'],
  ['a mutation', 'mutation { logout }'],
];

let apollo: ApolloServer<Context>;
let ours: ApolloServer<Context>;
beforeAll(async () => {
  const schema = await buildAppSchema();
  apollo = new ApolloServer<Context>({ schema });
  ours = new ApolloServer<Context>({
    schema,
    plugins: [ApolloServerPluginCacheControlDisabled(), documentCacheControlPlugin(schema)],
  });
  await Promise.all([apollo.start(), ours.start()]);
});
afterAll(() => Promise.all([apollo.stop(), ours.stop()]));

async function header(server: ApolloServer<Context>, query: string, signedIn: boolean) {
  const [organisation] = await t.db.dataSource.query(`SELECT id FROM organisations WHERE code = 'ELVL'`);
  const user = signedIn ? await identityOf(t.db.dataSource, 'admin@elvl.ee') : null;
  const contextValue = createContext({
    dataSource: t.db.dataSource,
    auth: testAuthRuntime(),
    search: testSearchRuntime(),
    log: silentLog,
    user,
  });
  const response = await server.executeOperation(
    { query, variables: query.includes('$id') ? { id: toGlobalId('Organisation', organisation.id) } : {} },
    { contextValue },
  );
  return response.http.headers.get('cache-control');
}

describe('Cache-Control from the document', () => {
  it.each(OPERATIONS)('%s: the same header as Apollo’s cache-control plugin', async (_name, query) => {
    for (const signedIn of [false, true]) {
      const expected = await header(apollo, query, signedIn);
      expect(expected).toBeDefined();
      expect(await header(ours, query, signedIn)).toBe(expected);
      // The second answer comes from the policy cached for the parsed document.
      expect(await header(ours, query, signedIn)).toBe(expected);
    }
  });

  it('keeps public reference data public', async () => {
    expect(await header(ours, OPERATIONS[0][1], false)).toBe('max-age=300, public');
    expect(await header(ours, '{ me { id } }', true)).toBe('no-store');
  });
});
