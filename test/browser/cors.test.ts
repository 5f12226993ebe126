import type { Browser } from 'puppeteer-core';
import { useSeededServer } from '../support/harness';
import { launchBrowser, servePage } from '../support/browser';

/**
 * A front-end on another origin calls the API from real Chromium: allowed
 * origins get data, others are blocked by the browser.
 */
let allowed: Awaited<ReturnType<typeof servePage>>;
let other: Awaited<ReturnType<typeof servePage>>;
const pages = Promise.all([
  servePage('<!doctype html><title>Esiots</title>'),
  servePage('<!doctype html><title>Võõras</title>'),
]);
let browser: Browser;

// Registered before the server's own setup, so the allowed origin is known when it starts.
beforeAll(async () => {
  [allowed, other] = await pages;
});
const t = useSeededServer({ env: () => ({ CORS_ORIGINS: allowed.origin }) });

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await allowed?.close();
  await other?.close();
});

/** Runs a cross-origin GraphQL POST (with a preflight: JSON plus a bearer header) from a page on `origin`. */
async function callFrom(origin: string) {
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    return await page.evaluate(async (api: string) => {
      try {
        const response = await fetch(`${api}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'brauser-1' },
          body: JSON.stringify({ query: '{ counties { name } }' }),
        });
        return {
          status: response.status,
          body: await response.json(),
          requestId: response.headers.get('x-request-id'),
        };
      } catch (error) {
        return { blocked: String(error) };
      }
    }, t.server.base);
  } finally {
    await page.close();
  }
}

describe('CORS', () => {
  it('lets an allowed origin call the API from Chromium, and the browser blocks any other', async () => {
    const ok = (await callFrom(allowed.origin)) as any;
    expect(ok.status).toBe(200);
    expect(ok.body.data.counties).toHaveLength(15);
    expect(ok.requestId).toBe('brauser-1');
    const blocked = (await callFrom(other.origin)) as any;
    expect(blocked.blocked).toMatch(/TypeError|Failed to fetch/);
  }, 60_000);

  it('answers an allowed preflight 204 with the headers a GraphQL client sends; others get no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.server.base}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const yes = await preflight(allowed.origin);
    expect(yes.status).toBe(204);
    expect(yes.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(yes.headers.get('access-control-allow-headers')).toBe(
      'content-type, authorization, apollo-require-preflight, x-request-id',
    );
    const no = await preflight(other.origin);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
    // CSRF prevention stays on for simple cross-site requests.
    const simple = await fetch(
      `${t.server.base}/graphql?query=${encodeURIComponent('{ counties { name } }')}`,
      {
        headers: { origin: allowed.origin },
      },
    );
    expect(simple.status).toBe(400);
    // Calendar feeds are readable from anywhere.
    const feed = await fetch(`${t.server.base}/calendar/personal/nope.ics`, {
      headers: { origin: other.origin },
    });
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
  });
});
