import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../support/browser';
import { buildDist, root } from '../support/build';
import { useSeededServer } from '../support/harness';

/**
 * The explorer (GraphiQL bundled into dist/explorer) in real headless
 * Chromium that can reach loopback only: it loads, shows the example
 * operations, runs one, and signs in with a pasted token. A screenshot is
 * kept in test-results/ for a person to look at.
 */
const artefacts = path.join(root, 'test-results');
let browser: Browser;

// Built before the server starts: the server reads the bundle when it starts.
beforeAll(() => buildDist(), 240_000);
const t = useSeededServer();

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A page that refuses every request not to the API itself, and records them. */
async function explorerPage(refused: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(t.server.base) || url.startsWith('data:') || url.startsWith('blob:')) {
      return void request.continue();
    }
    refused.push(url);
    void request.abort();
  });
  return page;
}

/** Waits until the editor or result pane shows `text` (Monaco renders spaces as no-break spaces). */
const untilShown = (page: Page, pane: 'query' | 'response', text: string) =>
  page.waitForFunction(
    (selector, wanted) =>
      // Runs in the page (the tests compile without the DOM library, hence globalThis).
      ((globalThis as any).document.querySelector(selector)?.textContent ?? '')
        .replace(/\u00a0/g, ' ')
        .includes(wanted),
    { timeout: 30_000 },
    `.graphiql-${pane === 'query' ? 'query-editor' : 'response'} .view-lines`,
    text,
  );

describe('explorer', () => {
  it('loads from the API alone, runs an example query, and runs a signed-in query with a pasted token', async () => {
    const refused: string[] = [];
    const page = await explorerPage(refused);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      // A browser opening the endpoint itself lands on the explorer.
      await page.goto(`${t.server.base}/graphql`, { waitUntil: 'networkidle0' });
      expect(new URL(page.url()).pathname).toBe('/explorer/');
      await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });

      // The example operations are there as tabs, the first one (counties) open.
      const tabs = await page.$$eval('.graphiql-tab-button', (buttons) => buttons.map((b) => b.textContent));
      expect(tabs).toEqual(expect.arrayContaining(['Counties', 'ActionPlans', 'SearchGuides', 'Me']));
      await untilShown(page, 'query', 'counties');
      await page.click('.graphiql-execute-button');
      await untilShown(page, 'response', 'Harju maakond');

      // Signed in by pasting a bearer token into the headers editor.
      const token = await t.make.anAccessToken('admin@elvl.ee');
      const meTab = await page.waitForSelector(
        '::-p-xpath(//button[contains(@class,"graphiql-tab-button")][normalize-space()="Me"])',
      );
      await meTab!.click();
      await untilShown(page, 'query', 'query Me');
      await page.click('.graphiql-editor-tools button[data-name="headers"]');
      const headers = '.graphiql-editor-tool .graphiql-editor:not(.hidden) textarea';
      await page.click(headers);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      // Monaco closes brackets and quotes itself: type the object's inside, then let it be.
      await page.keyboard.type(`{"Authorization": "Bearer ${token}"`);
      await page.click('.graphiql-execute-button');
      await untilShown(page, 'response', 'admin@elvl.ee');
      await untilShown(page, 'response', 'ADMIN');
    } finally {
      // The last state, passed or failed, for a person to look at.
      mkdirSync(artefacts, { recursive: true });
      await page.screenshot({ path: path.join(artefacts, 'explorer.png') });
      await page.close();
    }
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('serves its files gzipped and revalidated by ETag, with a policy that allows nothing from elsewhere', async () => {
    const first = await fetch(`${t.server.base}/explorer/explorer.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('content-security-policy')).toContain("default-src 'self'");
    const again = await fetch(`${t.server.base}/explorer/explorer.js`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    // A GraphQL client asking for JSON is not redirected.
    const client = await fetch(`${t.server.base}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
