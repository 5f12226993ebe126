// Every migration, oldest first. `npm run migration:generate -- <Name>` appends here.
import { AddCountiesAndKovs1795266810238 } from './1795266810238-AddCountiesAndKovs';
import { ActionPlanAndOrganisations1795266354952 } from './1795266354952-ActionPlanAndOrganisations';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [
  ActionPlanAndOrganisations1795266354952,
  AddCountiesAndKovs1795266810238,
];
