import { generateKeyPair } from 'jose';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startOidcProvider } from '../support/oidc-provider';
import { startTestServer, type TestServer } from '../support/server';

let db: TestDatabase;
let server: TestServer;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;

beforeAll(async () => {
  db = await createTestDatabase();
  provider = await startOidcProvider();
  server = await startTestServer(db.dataSource, { env: provider.env });
});
afterAll(async () => {
  await server.stop();
  await provider.stop();
  await db.drop();
});

const LOGIN = `mutation ($t: String!) {
  loginWithIdToken(input: { idToken: $t }) { accessToken user { id name email roles organisation { name } } userErrors { code field } }
}`;
const signIn = async (token: string) =>
  (await server.graphql(LOGIN, { t: token })).body.data.loginWithIdToken;

describe('sign-in through an external OpenID Connect provider', () => {
  it('provisions a person on first sign-in into the organisation the claim names, and recognises them later', async () => {
    const token = await provider.sign({
      sub: 'EE38001085718',
      given_name: 'Mari-Liis',
      family_name: 'Männik',
      email: 'mari-liis@tallinn.ee',
      kov_ehak: '0784',
    });
    const first = await signIn(token);
    expect(first.userErrors).toEqual([]);
    expect(first.user).toMatchObject({
      name: 'Mari-Liis Männik',
      email: 'mari-liis@tallinn.ee',
      roles: ['MEMBER'],
      organisation: { name: 'Tallinn' },
    });
    const me = await server.graphql(`{ me { name } }`, {}, { token: first.accessToken });
    expect(me.body.data.me.name).toBe('Mari-Liis Männik');

    const again = await signIn(
      await provider.sign({ sub: 'EE38001085718', name: 'Mari-Liis Männik', kov_ehak: '0784' }),
    );
    expect(again.user.id).toBe(first.user.id);
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE external_subject = 'EE38001085718'`,
    );
    expect(n).toBe(1);
  });

  it('without an organisation claim, provisions the person with no organisation and no role until an admin decides', async () => {
    const result = await signIn(
      await provider.sign({
        sub: 'EE49002124277',
        profile_attributes: { given_name: 'Jaan', family_name: 'Õun' },
      }),
    );
    expect(result.user).toMatchObject({ name: 'Jaan Õun', roles: [], organisation: null });
  });

  it('never takes over a local account that has the same email', async () => {
    const result = await signIn(
      await provider.sign({ sub: 'EE1', name: 'Impostor', email: 'ADMIN@elvl.ee' }),
    );
    expect(result.user).toMatchObject({ name: 'Impostor', email: null, roles: [] });
  });

  it.each([
    ['a wrong issuer', async () => provider.sign({ sub: 'x', iss: 'https://evil.example' })],
    ['a wrong audience', async () => provider.sign({ sub: 'x', aud: 'someone-else' })],
    [
      'a signature from another key',
      async () => provider.sign({ sub: 'x' }, { key: (await generateKeyPair('RS256')).privateKey }),
    ],
    [
      'an expired exp',
      async () => provider.sign({ sub: 'x' }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
    ],
    [
      'an unsigned token',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`,
    ],
  ])('refuses a token with %s and writes nothing', async (_label, make) => {
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM users');
    const result = await signIn(await make());
    expect(result.accessToken).toBeNull();
    expect(result.userErrors).toEqual([{ code: 'INVALID_TOKEN', field: 'idToken' }]);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });
});
