import pino from 'pino';
import { Writable } from 'node:stream';
import { tableCounts } from '../support/action-plan';
import { useSeededServer } from '../support/harness';

/** Every log line the server writes, to prove client mistakes never reach error level. */
const lines: { level: number; msg: string }[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  }),
);

const t = useSeededServer({ log });
let token: string;

beforeAll(async () => {
  token = await t.make.anAccessToken('korraldaja@elvl.ee');
});

const raw = (body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${t.server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
  });

const EVENT = {
  title: 'Töötuba',
  kind: 'WORKSHOP',
  startsAt: '2027-02-10T10:00:00Z',
  endsAt: '2027-02-10T12:00:00Z',
  capacity: 5,
};
const CREATE_EVENT = `mutation ($i: CreateEventInput!) { createEvent(input: $i) { event { id } userErrors { code field message } } }`;
const INDICATORS = `query ($y: Int) { indicators(planId: "x", year: $y) { key } }`;

describe('client mistakes', () => {
  const cases: [string, () => Promise<Response>, number, string, string?][] = [
    [
      'a string for an Int',
      () => raw(JSON.stringify({ query: INDICATORS, variables: { y: 'abc' } })),
      400,
      'BAD_USER_INPUT',
      'abc',
    ],
    [
      'an Int beyond 32 bits',
      () => raw(JSON.stringify({ query: INDICATORS, variables: { y: 2147483648 } })),
      400,
      'BAD_USER_INPUT',
      '2147483648',
    ],
    [
      'an impossible date',
      () =>
        raw(
          JSON.stringify({
            query: CREATE_EVENT,
            variables: { i: { ...EVENT, startsAt: '2027-02-30T10:00:00Z' } },
          }),
        ),
      400,
      'BAD_USER_INPUT',
      '2027-02-30',
    ],
    [
      '10 000 aliases of __typename',
      () =>
        raw(
          JSON.stringify({
            query: `{ ${Array.from({ length: 10000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
          }),
        ),
      400,
      'QUERY_TOO_COMPLEX',
    ],
    [
      'a NUL byte in a string',
      () => raw(JSON.stringify({ query: CREATE_EVENT, variables: { i: { ...EVENT, title: 'a\u0000b' } } })),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a lone surrogate in a string',
      () => raw(JSON.stringify({ query: CREATE_EVENT, variables: { i: { ...EVENT, title: 'a\ud800b' } } })),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a lone surrogate in a query literal',
      () =>
        raw(
          JSON.stringify({
            query: `mutation { createEvent(input: { title: "a\\ud800", kind: WORKSHOP, startsAt: "2027-02-10T10:00:00Z", endsAt: "2027-02-10T12:00:00Z", capacity: 5 }) { userErrors { code } } }`,
          }),
        ),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a budget account that does not exist',
      () =>
        raw(
          JSON.stringify({
            query: `mutation ($i: SetBudgetLineInput!) { setBudgetLine(input: $i) { userErrors { code } } }`,
            variables: { i: { activityId: 'x', year: 2025, account: 'KONTO_99', amountNet: '1.00' } },
          }),
        ),
      400,
      'BAD_USER_INPUT',
      'KONTO_99',
    ],
    ['malformed JSON', () => raw('{"query":'), 400, 'BAD_REQUEST'],
    [
      'a body over the limit',
      () => raw(JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(2_000_000) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['a syntax error', () => raw(JSON.stringify({ query: '{ actionPlans { ' })), 400, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', () => raw(JSON.stringify({ query: '{ nope }' })), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ];

  it.each(cases.map(([name, send, status, code, echoed]) => ({ name, send, status, code, echoed })))(
    '$name: 4xx with a code, JSON without stack, paths or the value; nothing written',
    async ({ send, status, code, echoed }) => {
      const before = await tableCounts(t.db.dataSource);
      const logged = lines.length;
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body.errors[0].extensions.code).toBe(code);
      expect(text).not.toMatch(/stacktrace|node_modules|\/work\/|at [A-Za-z]+ \(/);
      if (echoed) expect(text).not.toContain(echoed);
      expect(await tableCounts(t.db.dataSource)).toEqual(before);
      expect(lines.slice(logged).filter((l) => l.level >= 50)).toEqual([]);
    },
  );

  it('logs a GraphQL error with the request id the response carries, so one leads to the other', async () => {
    const logged = lines.length;
    const response = await raw(JSON.stringify({ query: '{ nope }' }), { 'x-request-id': 'vigane-päring-1' });
    expect(response.headers.get('x-request-id')).toBe('vigane-päring-1');
    const line = lines.slice(logged).find((l) => l.msg === 'client error') as
      { requestId?: string } | undefined;
    expect(line?.requestId).toBe('vigane-päring-1');
  });

  it('reports a broken declared rule of a mutation input as userErrors, naming the field, not the value', async () => {
    const before = await tableCounts(t.db.dataSource);
    const response = await raw(
      JSON.stringify({ query: CREATE_EVENT, variables: { i: { ...EVENT, capacity: -5 } } }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.createEvent).toEqual({
      event: null,
      userErrors: [{ code: 'INVALID', field: 'capacity', message: expect.stringContaining('capacity') }],
    });
    const long = await raw(
      JSON.stringify({ query: CREATE_EVENT, variables: { i: { ...EVENT, title: 'õ'.repeat(300_000) } } }),
    );
    const text = await long.text();
    expect(text.length).toBeLessThan(2000);
    expect(JSON.parse(text).data.createEvent.userErrors[0].field).toBe('title');
    // Only the per-minute mutation counters moved (a refused mutation still counts against the limit).
    expect(await tableCounts(t.db.dataSource)).toEqual({
      ...before,
      rate_limit_counters: expect.any(Number),
    });
  });
});

describe('CSV exports', () => {
  it('neutralise cells a spreadsheet would run as formulas', async () => {
    const person = await t.make.aUser({ name: '=HYPERLINK("http://x","y")' });
    const event = await t.make.anEvent({ registrants: [person.identity] });
    const organiserToken = await t.make.anAccessToken('korraldaja@elvl.ee');
    const csv = await fetch(`${t.server.base}/events/${event.id}/participants.csv`, {
      headers: { authorization: `Bearer ${organiserToken}` },
    });
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
  });
});

describe('the request log', () => {
  it('carries no secret URL tokens or query values', async () => {
    const secret = 'Zm9vYmFyYmF6cXV4cXV1eHNlY3JldC10b2tlbi0xMjM0NTY';
    await fetch(`${t.server.base}/calendar/personal/${secret}.ics`);
    await fetch(`${t.server.base}/reports/plans/x/budget-execution.csv?groupBy=${secret}`);
    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(lines)).not.toContain(secret);
  });

  it('names the GraphQL operation and the user (never the token), and logs probes at debug only', async () => {
    await raw(JSON.stringify({ query: 'query MyCounties { counties { name } }' }));
    await fetch(`${t.server.base}/readyz`);
    const line = lines.filter((l) => l.msg === 'request').at(-1) as Record<string, unknown>;
    expect(line).toMatchObject({ operation: 'MyCounties', userId: expect.any(String), status: 200 });
    expect(JSON.stringify(lines)).not.toContain(token);
    expect(lines.some((l) => (l as Record<string, unknown>).url === '/readyz')).toBe(false);
  });
});
