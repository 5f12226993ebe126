// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { AddMentoring1796054807535 } from './1796054807535-AddMentoring';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [AddMentoring1796054807535];
