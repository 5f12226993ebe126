// Bundles the GraphiQL explorer (client/explorer.ts) with esbuild into
// dist/explorer: one script, one stylesheet, the Monaco workers, index.html
// and config.json with the example operations of examples/operations. Nothing
// it produces loads anything from another host. Plain JavaScript: it runs at
// build time, before anything is compiled. esbuild and graphiql are dev
// dependencies; the production image copies the result.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outdir = path.join(root, 'dist', 'explorer');
const require = createRequire(import.meta.url);

const common = {
  bundle: true,
  minify: true,
  target: ['es2020'],
  platform: 'browser',
  format: 'iife', // classic scripts: the entry finds its workers through document.currentScript
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// graphiql/style.css already holds Monaco's CSS, so Monaco's ~100 per-widget CSS
// imports become empty; `graphql-ws` (subscriptions, which this API has none of) too.
const skipDuplicates = {
  name: 'skip-duplicates',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      args.importer.includes(`${path.sep}monaco-editor${path.sep}`)
        ? { path: args.path, namespace: 'empty' }
        : undefined,
    );
    build.onResolve({ filter: /^graphql-ws$/ }, (args) => ({ path: args.path, namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, (args) =>
      args.path.endsWith('.css') ? { contents: '', loader: 'css' } : { contents: 'export {}', loader: 'js' },
    );
  },
};

/** The example operations: `# Title` first, optionally `# variables: {json}`, then the operation. */
async function readExamples() {
  const folder = path.join(root, 'examples', 'operations');
  const files = (await fs.readdir(folder)).filter((name) => name.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (name) => {
      const text = await fs.readFile(path.join(folder, name), 'utf8');
      const lines = text.split('\n');
      const title = lines[0].replace(/^#\s*/, '').trim();
      const variablesLine = lines.find((line) => line.startsWith('# variables:'));
      const variables = variablesLine
        ? JSON.stringify(JSON.parse(variablesLine.slice('# variables:'.length)), null, 2)
        : undefined;
      const query = lines
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trim();
      return { title, query, ...(variables ? { variables } : {}) };
    }),
  );
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ELVL API explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="explorer.css" />
  </head>
  <body>
    <div id="graphiql">Loading the explorer…</div>
    <script src="explorer.js"></script>
  </body>
</html>
`;

await fs.rm(outdir, { recursive: true, force: true });
await fs.mkdir(outdir, { recursive: true });
const examples = await readExamples();
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { explorer: path.join(here, 'client', 'explorer.ts') },
    outdir,
    plugins: [skipDuplicates],
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  }),
  esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': require.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': require.resolve('monaco-graphql/esm/graphql.worker.js'),
    },
    outdir,
  }),
  fs.writeFile(path.join(outdir, 'index.html'), page),
  fs.writeFile(
    path.join(outdir, 'config.json'),
    JSON.stringify({
      endpoint: '/graphql',
      version: createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 12),
      examples,
    }),
  ),
]);

// Gzipped once here, so no API process spends a second compressing 7 MB when it starts.
for (const name of await fs.readdir(outdir)) {
  if (!/\.(js|css|html|json)$/.test(name)) continue;
  const body = await fs.readFile(path.join(outdir, name));
  await fs.writeFile(path.join(outdir, `${name}.gz`), gzipSync(body, { level: 9 }));
}
