// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { AttachmentText1796118816560 } from './1796118816560-AttachmentText';
import { SearchStatistics1796105467131 } from './1796105467131-SearchStatistics';
import { SearchFreshness1796101571612 } from './1796101571612-SearchFreshness';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [
  SearchFreshness1796101571612,
  SearchStatistics1796105467131,
  AttachmentText1796118816560,
];
