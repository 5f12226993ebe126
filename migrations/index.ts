// Every migration, oldest first. `npm run migration:generate -- <Name>` appends here.
import { ActionPlanAndOrganisations1795266354952 } from './1795266354952-ActionPlanAndOrganisations';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [ActionPlanAndOrganisations1795266354952];
