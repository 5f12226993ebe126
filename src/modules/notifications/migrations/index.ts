// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { GeneraliseNotificationOutbox1796057500000 } from './1796057500000-GeneraliseNotificationOutbox';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [GeneraliseNotificationOutbox1796057500000];
