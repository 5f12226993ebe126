import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from '../data-source';
import { pendingSchemaChanges } from '../db/schema-diff';
import { appModules } from '../modules';
import { withDatabase } from './with-database';

/**
 * `npm run migration:generate -- AddGuideRevisions [module]` compares the
 * entities with a fully migrated database and writes the difference as a new
 * migration: into `src/modules/<module>/migrations/` when a module is named
 * (registered in that folder's index.ts, which the module's manifest lists as
 * `migrations`), otherwise into the project-wide migrations/. Review it before
 * committing.
 */
const [name, moduleName] = process.argv.slice(2);
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error(
    'usage: npm run migration:generate -- <PascalCaseName> [module]   (e.g. AddGuideRevisions seminars)',
  );
  process.exit(2);
}
const owner = moduleName ? appModules.find((m) => m.name === moduleName) : undefined;
if (moduleName && !owner) {
  console.error(`No module "${moduleName}"; modules: ${appModules.map((m) => m.name).join(', ')}`);
  process.exit(2);
}

const root = path.resolve(__dirname, '..', '..', '..');
const migrationsDir = moduleName
  ? path.join(root, 'src', 'modules', moduleName, 'migrations')
  : path.join(root, 'migrations');

const escape = (sql: string) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

const INDEX_HEADER = `// This module's own migrations, oldest first. \`npm run migration:generate -- <Name> <module>\` appends here.
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [];
`;

/** Adds `import { Class } from './file'` and the class at the end of the index's list. */
function register(indexFile: string, className: string, fileName: string): void {
  const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : INDEX_HEADER;
  const withImport = index.replace(
    /(\/\/ [^\n]*(?:\n\/\/ [^\n]*)*\n)/,
    `$1import { ${className} } from './${fileName}';\n`,
  );
  fs.writeFileSync(
    indexFile,
    withImport.replace(/\[([^\]]*)\];/, (_m, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return `[\n  ${[...items, className].join(',\n  ')},\n];`;
    }),
  );
}

void withDatabase(async ({ dataSource }) => {
  await migrate(dataSource);
  const sql = await pendingSchemaChanges(dataSource);
  if (sql.upQueries.length === 0) {
    console.log('The database already matches the entities; nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileName = `${timestamp}-${name}`;
  const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
    queries
      .map(
        (q) =>
          `    await queryRunner.query(\`${escape(q.query)}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      )
      .join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
  fs.mkdirSync(migrationsDir, { recursive: true });
  const file = path.join(migrationsDir, `${fileName}.ts`);
  const indexFile = path.join(migrationsDir, 'index.ts');
  fs.writeFileSync(file, source);
  register(indexFile, className, fileName);
  execFileSync(path.join(root, 'node_modules', '.bin', 'prettier'), ['--write', file, indexFile], {
    stdio: 'ignore',
  });
  console.log(`Wrote ${path.relative(root, file)}; review it, then run npm run migration:run.`);
  if (owner && !owner.migrations) {
    console.log(
      `The ${moduleName} manifest lists no migrations yet: add \`migrations\` (from './migrations') to src/modules/${moduleName}/index.ts.`,
    );
  }
});
