import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from '../db/data-source';
import { pendingSchemaChanges } from '../db/schema-diff';
import { withDatabase } from './with-database';

/**
 * `npm run migration:generate -- AddGuideRevisions` compares the entities with
 * a fully migrated database and writes the difference as a new migration in
 * migrations/, registered in migrations/index.ts. Review it before committing.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>   (e.g. AddGuideRevisions)');
  process.exit(2);
}

const root = path.resolve(__dirname, '..', '..', '..');
const migrationsDir = path.join(root, 'migrations');

const escape = (sql: string) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

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
  fs.writeFileSync(path.join(migrationsDir, `${fileName}.ts`), source);
  const indexFile = path.join(migrationsDir, 'index.ts');
  const index = fs.readFileSync(indexFile, 'utf8');
  const withImport = index.replace(
    /(\/\/ Every migration[^\n]*\n)/,
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
  const written = [path.join(migrationsDir, `${fileName}.ts`), indexFile];
  execFileSync(path.join(root, 'node_modules', '.bin', 'prettier'), ['--write', ...written], {
    stdio: 'ignore',
  });
  console.log(`Wrote migrations/${fileName}.ts — review it, then run npm run migration:run.`);
});
