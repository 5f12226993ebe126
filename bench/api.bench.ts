import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { stopChild } from '../src/common/child-processes';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { startEmbeddedMeilisearch } from '../src/search/embedded-meilisearch';
import { freePort, serverPid, startProductionApi, startServer, until } from './support/servers';
import { startStatementCounter } from './support/statement-counter';

/**
 * `npm run bench:api`: the API's read path side by side with PostGraphile v4
 * on the same PostgreSQL and the same data. Both run as production servers in
 * their own processes, each reaching PostgreSQL through a proxy that counts
 * statements. Each workload is an equivalent query for each; rounds
 * interleave the two so drift on the machine hits both alike. Prints req/s,
 * p50, p99, CPU per request, peak RSS and statements per request, and the
 * API's ratio to PostGraphile. A benchmark, not a test: nothing asserts speed.
 *
 * BENCH_ROUNDS (3), BENCH_SECONDS (10 per run), BENCH_CONNECTIONS (20) and BENCH_WARMUP_SECONDS (2 per
 * workload and server, not recorded) size it;
 * BENCH_ONLY (substrings of workload names, separated by |) picks workloads, BENCH_PROFILE
 * (a directory) writes the API's V8 CPU profile there when it stops, and BENCH_NODE_FLAGS
 * (space-separated) are given to the API's Node process.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const EVENTS = 300;
const MEMBERS = 600;
const GUIDES = 3000;
const BENCH_ADMIN = 'bench-admin@example.ee';
const ONLY = process.env.BENCH_ONLY;
const PROFILE_DIR = process.env.BENCH_PROFILE;

const root = path.resolve(__dirname, '..', '..');
const peerDir = path.join(root, 'bench', 'peer');

interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Sent as `Authorization: Bearer …` (the API's mutations need a signed-in admin). */
  token?: string;
}

interface Workload {
  name: string;
  /** One request, or a mix that each connection sends in turn. */
  api: GraphQLRequest | GraphQLRequest[];
  peer: GraphQLRequest | GraphQLRequest[];
  /** Items the answer must hold, so both sides are known to do the same work. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- either server's JSON answer
  check: (data: any) => number;
  expected: number;
}

interface Server {
  name: 'API' | 'PostGraphile';
  url: string;
  /** The server's own process (not its watchdog's), for CPU and memory. */
  pid: number;
  statements: () => number;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** utime + stime of a process, in milliseconds (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // fields 14 and 15, in clock ticks (USER_HZ 100)
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

const requestsOf = (server: Server, workload: Workload): GraphQLRequest[] =>
  [server.name === 'API' ? workload.api : workload.peer].flat();

const headersOf = (request: GraphQLRequest): Record<string, string> => ({
  'content-type': 'application/json',
  ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
});

const bodyOf = ({ query, variables }: GraphQLRequest) => JSON.stringify({ query, variables });

async function post(url: string, request: GraphQLRequest) {
  const response = await fetch(url, { method: 'POST', headers: headersOf(request), body: bodyOf(request) });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(`${url}: ${json.errors.map((e) => e.message).join('; ')}`);
  return json.data;
}

async function measure(server: Server, workload: Workload, seconds = SECONDS): Promise<Run> {
  const requests = requestsOf(server, workload);
  const { pid } = server;
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    // Each connection cycles through the workload's requests (one, or a read/write mix).
    requests: requests.map((request) => ({
      method: 'POST',
      headers: headersOf(request),
      body: bodyOf(request),
    })),
    connections: CONNECTIONS,
    duration: seconds,
  });
  clearInterval(sampler);
  const cpu = cpuMs(pid) - cpuBefore;
  if (result.non2xx || result.errors) throw new Error(`${server.name} ${workload.name}: failed requests`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
    peakRssMb: peak,
  };
}

/** Statements per request: the counter's growth over sequential requests. */
async function statementsPerRequest(server: Server, workload: Workload, samples = 10): Promise<number> {
  const requests = requestsOf(server, workload);
  for (const request of requests) await post(server.url, request);
  const before = server.statements();
  for (let i = 0; i < samples; i += 1) for (const request of requests) await post(server.url, request);
  return (server.statements() - before) / (samples * requests.length);
}

/** Events with sessions, organisers and registrations, and members to register: the volume the seed lacks. */
async function generateVolume(databaseUrl: string) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO users (email, name, organisation_id, roles)
       SELECT 'bench-' || k || '@example.ee', 'Liige ' || k,
              (SELECT id FROM organisations WHERE kind = 'KOV' ORDER BY ehak_code OFFSET (k % 79) LIMIT 1), '{MEMBER}'
         FROM generate_series(1, $1::int) k`,
      [MEMBERS],
    );
    await db.query(
      `INSERT INTO events (kind, title, description, starts_at, ends_at, capacity, status)
       SELECT 'WORKSHOP', 'Töötuba ' || k, 'Küberturvalisuse töötuba KOV-idele.',
              now() + (k || ' days')::interval, now() + (k || ' days')::interval + interval '3 hours', 100, 'PUBLISHED'
         FROM generate_series(1, $1::int) k`,
      [EVENTS],
    );
    await db.query(
      `INSERT INTO event_sessions (event_id, starts_at, ends_at, title)
       SELECT e.id, e.starts_at + (s || ' hours')::interval, e.starts_at + (s + 1 || ' hours')::interval, 'Sessioon ' || s
         FROM events e CROSS JOIN generate_series(0, 2) s WHERE e.title LIKE 'Töötuba %'`,
    );
    await db.query(
      `INSERT INTO event_organisers (event_id, user_id)
       SELECT e.id, u.id FROM events e
         CROSS JOIN LATERAL (SELECT id FROM users WHERE email LIKE 'bench-%'
                              ORDER BY md5(e.id::text || id::text) LIMIT 2) u
        WHERE e.title LIKE 'Töötuba %'`,
    );
    await db.query(
      `INSERT INTO registrations (event_id, user_id, organisation_id, status, confirmed_at)
       SELECT e.id, u.id, u.organisation_id, 'CONFIRMED', now() FROM events e
         CROSS JOIN LATERAL (SELECT id, organisation_id FROM users WHERE email LIKE 'bench-%'
                              ORDER BY md5(id::text || e.id::text) LIMIT 20) u
        WHERE e.title LIKE 'Töötuba %'`,
    );
    // Published guides, three in four public, the rest for members or ELVL only.
    await db.query(
      `INSERT INTO guides (translation_key, language, kind, title, slug, summary, body, status, visibility, audience,
                           topic_codes, organisation_id, published_at)
       SELECT gen_random_uuid(), 'et', 'HOW_TO', 'Juhend ' || k || ': küberturvalisus ja varundamine', 'bench-' || k,
              'Lühikokkuvõte juhendist ' || k || ' KOV-i IT-spetsialistile.', repeat('Juhendi sisu lõik. ', 200), 'PUBLISHED',
              (CASE WHEN k % 4 = 0 THEN 'MEMBERS' ELSE 'PUBLIC' END)::visibility, '{IT_SPECIALIST}', '{cyber-security}',
              (SELECT id FROM organisations WHERE code = 'ELVL'), now() - (k || ' hours')::interval
         FROM generate_series(1, $1::int) k`,
      [GUIDES],
    );
    // An administrator for the write mix (the API's organisation changes are for admins).
    await db.query(
      `INSERT INTO users (email, name, organisation_id, roles)
       VALUES ($1, 'Võrdlusadministraator', (SELECT id FROM organisations WHERE code = 'ELVL'), '{ADMIN}')`,
      [BENCH_ADMIN],
    );
    await db.query('ANALYZE');
    const [{ id: planId }] = (await db.query(`SELECT id FROM action_plans ORDER BY version_number LIMIT 1`))
      .rows;
    const [{ id: organisationId }] = (
      await db.query(`SELECT id FROM organisations WHERE kind = 'KOV' ORDER BY ehak_code LIMIT 1`)
    ).rows;
    return { planId: planId as string, organisationId: organisationId as string };
  } finally {
    await db.end();
  }
}

function workloads(ids: {
  planUuid: string;
  planGlobalId: string;
  organisationUuid: string;
  organisationGlobalId: string;
  adminToken: string;
}): Workload[] {
  const { planUuid, planGlobalId } = ids;
  const organisationsRead = {
    api: { query: `{ organisations(first: 50) { edges { node { name code ehakCode } } } }` },
    peer: { query: `{ organisations(first: 50, orderBy: NAME_ASC) { nodes { name code ehakCode } } }` },
  };
  return [
    {
      // No data at all: what each server costs per request before any resolver or SQL.
      name: 'the floor: { __typename }',
      api: { query: '{ __typename }' },
      peer: { query: '{ __typename }' },
      check: (data) => (data.__typename === 'Query' ? 1 : 0),
      expected: 1,
    },
    {
      name: "the plan's activities with budget lines and accounts",
      api: {
        query: `query ($planId: ID!) { activities(planId: $planId, first: 50) { edges { node {
          number name budgetLines { year amountNet { amount } account { eaCode name } } } } } }`,
        variables: { planId: planGlobalId },
      },
      peer: {
        query: `query ($planId: UUID!) { activities(condition: { planId: $planId }, first: 50, orderBy: NUMBER_ASC) {
          nodes { number name budgetLines { nodes { year amountNet account: budgetAccountByAccountCode { code name } } } } } }`,
        variables: { planId: planUuid },
      },
      check: (data) => (data.activities.edges ?? data.activities.nodes).length,
      expected: 8,
    },
    {
      name: '20 events with agenda sessions and organisers with their organisation',
      api: {
        query: `{ events(first: 20) { edges { node { title startsAt
          sessions { title startsAt } organisers { name organisation { name } } } } } }`,
      },
      peer: {
        query: `{ events(first: 20, orderBy: STARTS_AT_ASC, condition: { status: PUBLISHED }) { nodes { title startsAt
          eventSessions(orderBy: STARTS_AT_ASC) { nodes { title startsAt } }
          eventOrganisers { nodes { user { name organisation { name } } } } } } }`,
      },
      check: (data) => (data.events.edges ?? data.events.nodes).length,
      expected: 20,
    },
    {
      name: '20 events → organisers → their organisation → its county (4 levels)',
      api: {
        query: `{ events(first: 20) { edges { node { title
          organisers { name organisation { name county { name } } } } } } }`,
      },
      peer: {
        query: `{ events(first: 20, orderBy: STARTS_AT_ASC, condition: { status: PUBLISHED }) { nodes { title
          eventOrganisers { nodes { user { name organisation { name county { name } } } } } } } }`,
      },
      check: (data) => (data.events.edges ?? data.events.nodes).length,
      expected: 20,
    },
    {
      name: '50 organisations (flat)',
      ...organisationsRead,
      check: (data) => (data.organisations.edges ?? data.organisations.nodes).length,
      expected: 50,
    },
    {
      name: '50 organisations with their county',
      api: { query: `{ organisations(first: 50) { edges { node { name ehakCode county { name } } } } }` },
      peer: {
        query: `{ organisations(first: 50, orderBy: NAME_ASC) { nodes { name ehakCode county { name } } } }`,
      },
      check: (data) => (data.organisations.edges ?? data.organisations.nodes).length,
      expected: 50,
    },
    {
      name: '20 published public guides by title, of 3000',
      api: { query: `{ guides(first: 20) { edges { node { title summary kind publishedAt } } } }` },
      peer: {
        query: `{ guides(first: 20, orderBy: TITLE_ASC, condition: { status: PUBLISHED, visibility: PUBLIC }) {
          nodes { title summary kind publishedAt } } }`,
      },
      check: (data) => (data.guides.edges ?? data.guides.nodes).length,
      expected: 20,
    },
    {
      name: 'a mix: 4 reads of 50 organisations, 1 rename by an admin',
      api: [
        organisationsRead.api,
        organisationsRead.api,
        organisationsRead.api,
        organisationsRead.api,
        {
          query: `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
            organisation { id nameEn } userErrors { code } } }`,
          variables: { input: { id: ids.organisationGlobalId, nameEn: 'Benchmark municipality' } },
          token: ids.adminToken,
        },
      ],
      peer: [
        organisationsRead.peer,
        organisationsRead.peer,
        organisationsRead.peer,
        organisationsRead.peer,
        {
          query: `mutation ($id: UUID!) { updateOrganisation(input: { id: $id, patch: { nameEn: "Benchmark municipality" } }) {
            organisation { id nameEn } } }`,
          variables: { id: ids.organisationUuid },
        },
      ],
      check: (data) => (data.organisations.edges ?? data.organisations.nodes).length,
      expected: 50,
    },
  ];
}

/** An access token for the bench's administrator, from `npm run token`'s CLI against the bench database. */
function adminToken(databaseUrl: string, env: Record<string, string>): string {
  const output = execFileSync(process.execPath, ['dist/src/cli/token.js', BENCH_ADMIN], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      ...env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return output.toString().trim().split('\n').at(-1)!;
}

async function queryOnce(databaseUrl: string, text: string, values: unknown[]) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, values)).rows;
  } finally {
    await db.end();
  }
}

function installPeer() {
  if (existsSync(path.join(peerDir, 'node_modules', 'postgraphile'))) return;
  console.log('installing PostGraphile v4 into bench/peer (npm ci; once)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: peerDir,
    stdio: 'inherit',
  });
}

async function main() {
  installPeer();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-bench-api-'));
  await fs.chmod(dir, 0o755);
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: pgPort, durable: false }),
    startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), port: meiliPort }),
  ]);
  const children: ChildProcess[] = [];
  const counters: Awaited<ReturnType<typeof startStatementCounter>>[] = [];
  try {
    const admin = new Client({ connectionString: pg.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const direct = new URL(pg.url('bench'));
    const viaCounter = async () => {
      const counter = await startStatementCounter({ host: direct.hostname, port: Number(direct.port) });
      counters.push(counter);
      const url = new URL(direct.href);
      url.port = String(counter.port);
      return { counter, url: url.href };
    };

    // The API, as the production image runs it: it migrates and seeds the empty database.
    const apiDb = await viaCounter();
    const jwtSecret = randomBytes(32).toString('base64url');
    const { process: api, url: apiUrl } = await startProductionApi({
      databaseUrl: apiDb.url,
      meili,
      jwtSecret,
      profileDir: PROFILE_DIR,
      // The write mix sends thousands of mutations a minute from one address and one admin.
      env: { MUTATIONS_PER_MINUTE_PER_IP: '10000000', MUTATIONS_PER_MINUTE_PER_USER: '10000000' },
    });
    children.push(api);
    const { planId, organisationId } = await generateVolume(direct.href);
    const token = adminToken(direct.href, {
      JWT_SECRET: jwtSecret,
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
    });

    const peerDb = await viaCounter();
    const peerPort = await freePort();
    const peer = startServer(
      process.execPath,
      [
        path.join(peerDir, 'node_modules', 'postgraphile', 'cli.js'),
        '--connection',
        peerDb.url,
        '--schema',
        'public',
        '--host',
        '127.0.0.1',
        '--port',
        String(peerPort),
        '--append-plugins',
        '@graphile-contrib/pg-simplify-inflector',
        '--disable-query-log',
      ],
      {
        cwd: peerDir,
        env: { PATH: process.env.PATH, NODE_ENV: 'production' },
      },
    );
    children.push(peer);
    const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
    await until(async () => Boolean(await post(peerUrl, { query: '{ __typename }' })), 'PostGraphile');

    const servers: Server[] = [
      { name: 'API', url: apiUrl, pid: serverPid(api), statements: () => apiDb.counter.statements },
      {
        name: 'PostGraphile',
        url: peerUrl,
        pid: serverPid(peer),
        statements: () => peerDb.counter.statements,
      },
    ];
    const { actionPlans, organisations } = (await post(apiUrl, {
      query: '{ actionPlans { id } organisations(first: 100) { edges { node { id code ehakCode } } } }',
    })) as {
      actionPlans: { id: string }[];
      organisations: { edges: { node: { id: string; ehakCode: string | null } }[] };
    };
    const [{ ehak_code: ehakCode }] = await queryOnce(
      direct.href,
      'SELECT ehak_code FROM organisations WHERE id = $1',
      [organisationId],
    );
    const organisationGlobalId = organisations.edges.find((e) => e.node.ehakCode === ehakCode)!.node.id;
    const list = workloads({
      planUuid: planId,
      planGlobalId: actionPlans[0].id,
      organisationUuid: organisationId,
      organisationGlobalId,
      adminToken: token,
    }).filter((w) => !ONLY || ONLY.split('|').some((part) => w.name.includes(part)));

    const cpus = os.cpus();
    console.log(
      `\nAPI vs PostGraphile v4 on ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}; ` +
        `${ROUNDS} interleaved rounds × ${SECONDS} s × ${CONNECTIONS} connections after ${WARMUP_SECONDS} s of warm-up; ${EVENTS} generated events, ${GUIDES} guides\n`,
    );
    const rows: string[][] = [];
    for (const workload of list) {
      const statements: Record<string, number> = {};
      for (const server of servers) {
        const data = await post(server.url, requestsOf(server, workload)[0]);
        const items = workload.check(data);
        if (items !== workload.expected) {
          throw new Error(`${server.name} ${workload.name}: ${items} items, expected ${workload.expected}`);
        }
        statements[server.name] = await statementsPerRequest(server, workload);
      }
      // Unrecorded first: each server's code for this workload optimised and its pool filled, as in a server that
      // has been up a while.
      if (WARMUP_SECONDS > 0) for (const server of servers) await measure(server, workload, WARMUP_SECONDS);
      const runs: Record<string, Run[]> = { API: [], PostGraphile: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) runs[server.name].push(await measure(server, workload));
      }
      const summary = (name: string) => ({
        rps: median(runs[name].map((r) => r.rps)),
        p50: median(runs[name].map((r) => r.p50)),
        p99: median(runs[name].map((r) => r.p99)),
        cpu: median(runs[name].map((r) => r.cpuMsPerRequest)),
        rss: Math.max(...runs[name].map((r) => r.peakRssMb)),
      });
      const a = summary('API');
      const p = summary('PostGraphile');
      rows.push([
        workload.name,
        `${a.rps.toFixed(0)} / ${p.rps.toFixed(0)}`,
        `${(a.rps / p.rps).toFixed(2)}×`,
        `${a.p50} / ${p.p50}`,
        `${a.p99} / ${p.p99}`,
        `${a.cpu.toFixed(2)} / ${p.cpu.toFixed(2)}`,
        `${a.rss.toFixed(0)} / ${p.rss.toFixed(0)}`,
        `${statements.API} / ${statements.PostGraphile}`,
      ]);
      console.log(`done: ${workload.name}`);
    }
    const header = [
      'workload',
      'req/s API / PG',
      'ratio',
      'p50 ms',
      'p99 ms',
      'CPU ms/req',
      'peak RSS MB',
      'SQL statements/req',
    ];
    console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await Promise.all(children.map((child) => stopChild(child, 'SIGTERM')));
    await Promise.all(counters.map((counter) => counter.close()));
    await Promise.allSettled([pg.stop(), meili.stop()]);
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
