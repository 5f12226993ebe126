// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { AddPlanProgress1796059948190 } from './1796059948190-AddPlanProgress';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [AddPlanProgress1796059948190];
