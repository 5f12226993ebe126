// The API's own explorer: GraphiQL, bundled by ../build.mjs into dist/explorer
// (no CDN, no external fonts), served at /explorer. Plain TypeScript without
// JSX, type-checked with client/tsconfig.json (browser globals).
import { createGraphiQLFetcher, createLocalStorage } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css'; // includes Monaco's CSS; its fonts are inlined as data: URIs
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

interface Example {
  title: string;
  query: string;
  variables?: string;
}

interface ExplorerConfig {
  endpoint: string;
  /** Changes when the examples do, so a returning visitor gets the new ones. */
  version: string;
  examples: Example[];
}

// The folder this script came from (/explorer/): the Monaco workers lie beside it.
const assetBase = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href)
  .href;

// Monaco runs its language services in web workers, bundled as separate classic scripts.
window.MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    const file =
      label === 'json' ? 'json.worker.js' : label === 'graphql' ? 'graphql.worker.js' : 'editor.worker.js';
    return new Worker(assetBase + file, { name: label });
  },
};

async function loadConfig(): Promise<ExplorerConfig> {
  const response = await fetch(assetBase + 'config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`explorer config: HTTP ${response.status}`);
  return (await response.json()) as ExplorerConfig;
}

async function main(): Promise<void> {
  const config = await loadConfig();
  const fetcher = createGraphiQLFetcher({
    url: new URL(config.endpoint, location.href).href,
    // A non-simple header: Apollo's CSRF prevention lets the request through. The user's headers go on top.
    headers: { 'apollo-require-preflight': 'true' },
  });
  createRoot(document.getElementById('graphiql')!).render(
    createElement(GraphiQL, {
      fetcher,
      storage: createLocalStorage({ namespace: `elvl-explorer-${config.version}` }),
      defaultTabs: config.examples.map((example) => ({
        query: `# ${example.title}\n${example.query.trim()}\n`,
        variables: example.variables ?? null,
      })),
      // JSON with comments: the hint sends nothing until a token is pasted.
      defaultHeaders:
        '// Sign in: paste an access token (npm run token -- admin@elvl.ee in development):\n' +
        '// {"Authorization": "Bearer <token>"}\n{}',
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      // Tokens are not written to localStorage unless the user asks for it in the settings.
      shouldPersistHeaders: false,
      showPersistHeadersSettings: true,
    }),
  );
}

main().catch((error: unknown) => {
  document.getElementById('graphiql')!.textContent = `The explorer could not start: ${String(error)}`;
});
