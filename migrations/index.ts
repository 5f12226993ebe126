// Every migration, oldest first. `npm run migration:generate -- <Name>` appends here.
import { ActionPlanAndOrganisations1795266354952 } from './1795266354952-ActionPlanAndOrganisations';
export const migrations: Function[] = [
  ActionPlanAndOrganisations1795266354952,
];
