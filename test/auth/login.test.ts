import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server.stop();
  await db.drop();
});
// Every test starts with fresh throttling counters (they are per address, and all requests come from 127.0.0.1).
beforeEach(() => db.dataSource.query('DELETE FROM rate_limit_counters'));

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) {
    accessToken refreshToken user { id name email roles organisation { name } } userErrors { code message field }
  }
}`;
const ME = `{ me { id name email roles organisation { name } } }`;
const REFRESH = `mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken userErrors { code } } }`;

async function login(email: string, password: string) {
  const { body } = await server.graphql(LOGIN, { email, password });
  return body.data.login;
}

describe('login', () => {
  it('signs in with email (any case) and password; the access token identifies the user in `me`', async () => {
    const result = await login('  ADMIN@elvl.ee ', 'arendus-admin-2026');
    expect(result.userErrors).toEqual([]);
    expect(result.user).toMatchObject({
      email: 'admin@elvl.ee',
      roles: ['ADMIN'],
      organisation: { name: 'Eesti Linnade ja Valdade Liit' },
    });
    const me = await server.graphql(ME, {}, { token: result.accessToken });
    expect(me.body.data.me).toMatchObject({ name: 'Aino Admin', email: 'admin@elvl.ee' });
    const anonymous = await server.graphql(ME);
    expect(anonymous.body.data.me).toBeNull();
  });

  it('gives one generic error for a wrong password and for an unknown account', async () => {
    const wrong = await login('it@tartu.ee', 'not the password');
    const unknown = await login('nobody@nowhere.ee', 'not the password');
    expect(wrong.accessToken).toBeNull();
    expect(wrong.userErrors).toEqual(unknown.userErrors);
    expect(wrong.userErrors).toEqual([
      { code: 'INVALID_CREDENTIALS', message: 'The email or password is incorrect.', field: null },
    ]);
  });

  it('refuses an account for a while after repeated failures, even with the right password, and says the same for unknown accounts', async () => {
    for (let i = 0; i < 5; i += 1) await login('it@voru.ee', 'wrong password!');
    const locked = await login('it@voru.ee', 'arendus-liige-2026');
    expect(locked.accessToken).toBeNull();
    expect(locked.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');

    for (let i = 0; i < 5; i += 1) await login('ghost@nowhere.ee', 'wrong password!');
    const ghost = await login('ghost@nowhere.ee', 'wrong password!');
    expect(ghost.userErrors).toEqual(locked.userErrors);

    // Another account from the same address still works: 10 failures are under the per-address limit.
    expect((await login('it@tallinn.ee', 'arendus-liige-2026')).userErrors).toEqual([]);
  });

  it('refuses every sign-in from an address after too many failures there', async () => {
    const strict = await startTestServer(db.dataSource, { env: { LOGIN_FAILURES_PER_IP: '3' } });
    try {
      for (const email of ['a@x.ee', 'b@x.ee', 'c@x.ee'])
        await strict.graphql(LOGIN, { email, password: 'nope nope nope' });
      const { body } = await strict.graphql(LOGIN, {
        email: 'it@tallinn.ee',
        password: 'arendus-liige-2026',
      });
      expect(body.data.login.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await strict.stop();
    }
  });
});

describe('tokens', () => {
  it('rotates refresh tokens; a reused one ends the session', async () => {
    const first = await login('it@tallinn.ee', 'arendus-liige-2026');
    const { body: refreshed } = await server.graphql(REFRESH, { t: first.refreshToken });
    expect(refreshed.data.refreshToken.userErrors).toEqual([]);
    const second = refreshed.data.refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await server.graphql(ME, {}, { token: second.accessToken })).body.data.me.name).toBe(
      'Märt Männik',
    );

    const { body: reused } = await server.graphql(REFRESH, { t: first.refreshToken });
    expect(reused.data.refreshToken.userErrors).toEqual([{ code: 'INVALID_TOKEN' }]);
    const afterTheft = await server.graphql(ME, {}, { token: second.accessToken });
    expect(afterTheft.status).toBe(401);
    expect(afterTheft.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(
      (await server.graphql(REFRESH, { t: second.refreshToken })).body.data.refreshToken.userErrors[0].code,
    ).toBe('INVALID_TOKEN');
  });

  it('signs out: the access and refresh tokens stop working', async () => {
    const session = await login('it@tartu.ee', 'arendus-liige-2026');
    const out = await server.graphql(
      `mutation { logout { endedSessionId userErrors { code } } }`,
      {},
      { token: session.accessToken },
    );
    expect(out.body.data.logout.endedSessionId).toBeTruthy();
    expect(
      (await server.graphql(ME, {}, { token: session.accessToken })).body.errors[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await server.graphql(REFRESH, { t: session.refreshToken })).body.data.refreshToken.userErrors[0].code,
    ).toBe('INVALID_TOKEN');
  });

  it('refuses a forged, malformed or foreign token with 401', async () => {
    const session = await login('it@tartu.ee', 'arendus-liige-2026');
    const [header, payload] = session.accessToken.split('.');
    for (const token of ['garbage', `${header}.${payload}.c2lnbmF0dXJl`]) {
      const result = await server.graphql(ME, {}, { token });
      expect(result.status).toBe(401);
      expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('user administration', () => {
  it('lets an admin create and disable users, with the changes in the audit log', async () => {
    const admin = await login('admin@elvl.ee', 'arendus-admin-2026');
    const organisations = await server.graphql(
      `{ organisations(filter: { nameContains: "Pärnu linn" }) { edges { node { id } } } }`,
    );
    const parnu = organisations.body.data.organisations.edges[0].node.id;
    const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id email roles organisation { name } } userErrors { code field } } }`;
    const input = {
      email: 'Jaan.Tamm@Parnu.ee',
      name: 'Jaan Tamm',
      organisationId: parnu,
      roles: ['MEMBER'],
      password: 'pikk-ja-turvaline-parool',
    };

    const created = await server.graphql(CREATE, { input }, { token: admin.accessToken });
    expect(created.body.data.createUser).toMatchObject({
      user: { email: 'jaan.tamm@parnu.ee', roles: ['MEMBER'], organisation: { name: 'Pärnu linn' } },
      userErrors: [],
    });
    const duplicate = await server.graphql(
      CREATE,
      { input: { ...input, email: 'JAAN.TAMM@parnu.ee' } },
      { token: admin.accessToken },
    );
    expect(duplicate.body.data.createUser.userErrors).toEqual([{ code: 'DUPLICATE', field: 'email' }]);
    const weak = await server.graphql(
      CREATE,
      { input: { ...input, email: 'x@parnu.ee', password: 'lühike' } },
      { token: admin.accessToken },
    );
    expect(weak.body.data.createUser.userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: 'password' }]);

    const jaan = await login('jaan.tamm@parnu.ee', 'pikk-ja-turvaline-parool');
    expect(jaan.userErrors).toEqual([]);
    // Another member cannot see Jaan's email; he and admins can.
    const tartu = await login('it@tartu.ee', 'arendus-liige-2026');
    const NODE = `query ($id: ID!) { node(id: $id) { ... on User { name email roles } } }`;
    const userId = created.body.data.createUser.user.id;
    expect((await server.graphql(NODE, { id: userId }, { token: tartu.accessToken })).body.data.node).toEqual(
      { name: 'Jaan Tamm', email: null, roles: [] },
    );
    expect(
      (await server.graphql(NODE, { id: userId }, { token: jaan.accessToken })).body.data.node.email,
    ).toBe('jaan.tamm@parnu.ee');

    const disabled = await server.graphql(
      `mutation ($id: ID!) { updateUser(input: { id: $id, disabled: true }) { user { disabled } userErrors { code } } }`,
      { id: userId },
      { token: admin.accessToken },
    );
    expect(disabled.body.data.updateUser).toEqual({ user: { disabled: true }, userErrors: [] });
    expect((await server.graphql(ME, {}, { token: jaan.accessToken })).status).toBe(401);
    expect((await login('jaan.tamm@parnu.ee', 'pikk-ja-turvaline-parool')).userErrors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );

    const log = await server.graphql(
      `query ($target: ID!) { auditLog(filter: { targetId: $target }) { totalCount edges { node { action actor { name } targetId before after } } } }`,
      { target: userId },
      { token: admin.accessToken },
    );
    const entries = log.body.data.auditLog.edges.map((e: any) => e.node);
    expect(entries.map((e: any) => e.action)).toEqual(['updateUser', 'login', 'createUser']);
    expect(entries[0]).toMatchObject({ actor: { name: 'Aino Admin' }, targetId: userId });
    expect(entries[0].after).toMatchObject({ disabledAt: expect.any(String) });
    expect(entries[0].before).toEqual({ disabledAt: null });
    expect(entries[2].before).toBeNull();
    expect(entries[2].after).toMatchObject({ email: 'jaan.tamm@parnu.ee', name: 'Jaan Tamm' });
    expect(JSON.stringify(entries)).not.toContain('scrypt');

    const forMember = await server.graphql(`{ auditLog { totalCount } }`, {}, { token: tartu.accessToken });
    expect(forMember.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
