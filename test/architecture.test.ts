import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { appModules } from '../src/modules';

const root = path.join(__dirname, '..');
const src = path.join(root, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * The unit of the dependency graph a file belongs to: a module folder, another
 * folder of src/, the module list, or a file at the top of src/ (the app's
 * composition root and its kernel: config, errors, context types).
 */
function unitOf(file: string): string {
  const relative = path.relative(root, file).split(path.sep);
  if (relative[0] !== 'src') return relative[0];
  if (relative.length === 2) return relative.join('/');
  if (relative[1] === 'modules')
    return relative.length === 3 ? 'src/modules/index.ts' : relative.slice(0, 3).join('/');
  return relative.slice(0, 2).join('/');
}

/** Relative imports of a file, type-only ones included, resolved to files. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
  return specifiers.flatMap((specifier) => {
    const base = path.resolve(path.dirname(file), specifier);
    const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
    return found ? [found] : [];
  });
}

/** Cycles in the graph of units, each as the list of units around it. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (unit: string) => {
    state.set(unit, 'visiting');
    stack.push(unit);
    for (const next of edges.get(unit) ?? []) {
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(unit, 'done');
  };
  for (const unit of edges.keys()) if (!state.has(unit)) visit(unit);
  return found;
}

describe('architecture', () => {
  it('lists every folder of src/modules in src/modules/index.ts, once, by its folder name', () => {
    const folders = fs
      .readdirSync(path.join(src, 'modules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(appModules.map((m) => m.name).sort()).toEqual(folders);
  });

  it('has no import cycles between folders (modules, common, search, db …) or top-level files', () => {
    const edges = new Map<string, Set<string>>();
    const files = [
      ...sourceFiles(src),
      ...sourceFiles(path.join(root, 'seeds')),
      path.join(root, 'ormconfig.ts'),
    ];
    for (const file of files) {
      const from = unitOf(file);
      for (const target of importsOf(file)) {
        const to = unitOf(target);
        if (to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    expect(edges.size).toBeGreaterThan(10);
    expect(cycles(edges)).toEqual([]);
  });

  it('derives the Node id in one place', () => {
    const definitions = sourceFiles(src).filter((file) =>
      /get globalId\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(definitions.length).toBeLessThanOrEqual(1);
  });

  it('lint refuses imports of another module’s internal files, and of modules from src/common', () => {
    // ESLint runs in its own process with the project's own configuration, on files that are not written anywhere.
    const script = `
      const { ESLint } = require('eslint');
      const cases = JSON.parse(process.argv[1]);
      (async () => {
        const eslint = new ESLint({ cwd: process.cwd() });
        const out = [];
        for (const [filePath, code] of cases) {
          const [result] = await eslint.lintText(code, { filePath });
          out.push(result.messages.filter((m) => m.ruleId === 'elvl/module-boundaries').map((m) => m.message));
        }
        process.stdout.write(JSON.stringify(out));
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const cases = [
      [
        'src/modules/seminars/fixture.ts',
        "import { Guide } from '../knowledge-base/guide.entity';\nexport const x = Guide;\n",
      ],
      [
        'src/modules/seminars/fixture.ts',
        "import { Guide } from '../knowledge-base';\nexport const x = Guide;\n",
      ],
      [
        'src/modules/seminars/fixture.ts',
        "import { Event } from './event.entity';\nexport const x = Event;\n",
      ],
      [
        'src/common/fixture.ts',
        "import { Guide } from '../modules/knowledge-base';\nexport const x = Guide;\n",
      ],
      [
        'test/fixture.test.ts',
        "import { Guide } from '../src/modules/knowledge-base/guide.entity';\nexport const x = Guide;\n",
      ],
      ['src/modules/seminars/fixture.ts', "import { appModules } from '..';\nexport const x = appModules;\n"],
    ];
    const messages: string[][] = JSON.parse(
      execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: root }).toString(),
    );
    expect(messages.map((m) => m.length)).toEqual([1, 0, 0, 1, 1, 1]);
    expect(messages[0][0]).toContain("import it from '../knowledge-base'");
    expect(messages[3][0]).toContain('src/common depends on no module');
  });
});
