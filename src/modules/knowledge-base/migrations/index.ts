// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { SearchFreshness1796101571612 } from './1796101571612-SearchFreshness';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [SearchFreshness1796101571612];
