import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './src/data-source';

/**
 * For TypeORM's own CLI (`npx typeorm -d dist/ormconfig.js …`), against
 * DATABASE_URL. The project's commands (`npm run migration:run`,
 * `migration:generate`, `seed`) use the same options from src/data-source.ts
 * and also start the embedded PostgreSQL when DATABASE_URL is not set.
 */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/elvl'));
