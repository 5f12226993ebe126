// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { SearchSources1796120035421 } from './1796120035421-SearchSources';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [SearchSources1796120035421];
