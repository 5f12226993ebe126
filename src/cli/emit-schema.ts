import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../schema';

/** `npm run schema:emit` writes schema/schema.graphql; commit it so schema changes are reviewed as a diff. */
async function main() {
  const file = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await printAppSchema());
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
void main();
