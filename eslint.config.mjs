import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));
const modulesDir = path.join(root, 'src', 'modules');
const commonDir = path.join(root, 'src', 'common');

/** The module folder a path lies in ("seminars"), and the path inside it ("event.entity"). */
function moduleOf(file) {
  const relative = path.relative(modulesDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [name, ...rest] = relative.split(path.sep);
  return rest.length ? { name, inside: rest.join('/').replace(/\.(ts|js)$/, '') } : null;
}

/**
 * Module boundaries (see ARCHITECTURE.md): code reaches a module only through
 * its index.ts, src/common depends on no module, and no module imports the
 * module list (src/modules/index.ts), which would be a cycle.
 */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Import another module only through its index.ts; keep src/common free of modules.',
    },
    schema: [],
    messages: {
      internal:
        "'{{source}}' is an internal file of the {{module}} module: import it from '{{index}}' (export it there if other modules need it).",
      common: "src/common depends on no module; '{{source}}' is in src/modules.",
      list: 'A module must not import the module list (src/modules/index.ts).',
    },
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    const inCommon = !path.relative(commonDir, file).startsWith('..');
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      if (inCommon && !path.relative(modulesDir, target).startsWith('..')) {
        return context.report({ node, messageId: 'common', data: { source } });
      }
      if (own && (target === modulesDir || target === path.join(modulesDir, 'index'))) {
        return context.report({ node, messageId: 'list' });
      }
      const imported = moduleOf(target);
      if (!imported || imported.name === own?.name || imported.inside === 'index') return;
      const index = path
        .relative(path.dirname(file), path.join(modulesDir, imported.name))
        .split(path.sep)
        .join('/');
      context.report({
        node,
        messageId: 'internal',
        data: { source, module: imported.name, index: index.startsWith('.') ? index : `./${index}` },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      TSImportType: (node) => check(node, node.argument?.literal?.value ?? node.argument?.value),
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/peer/**',
      '.data/**',
      'coverage/**',
      'test-results/**',
      'examples/__generated__/**',
      'jest.config.js',
      'test/summary-reporter.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { elvl: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // Modules add their loaders to the Context with `interface Loaders extends XLoaders {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'elvl/module-boundaries': 'error',
    },
  },
  {
    files: ['src/cli/**', 'test/**', 'bench/**', 'seeds/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS scripts (a require hook): Node's globals, and require is how they import.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // GraphQL responses in tests are untyped JSON; asserting on their shape is the point.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
