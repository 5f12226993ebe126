// The project-wide migrations, oldest first: the tables of the first releases. `npm run migration:generate --
// <Name>` appends here; with a module name, it writes to that module's own migrations/ instead.
import { AddSeminars1795269595341 } from './1795269595341-AddSeminars';
import { AddMentoringCoordinatorRole1796057970165 } from './1796057970165-AddMentoringCoordinatorRole';
import { AddKnowledgeBase1795268462286 } from './1795268462286-AddKnowledgeBase';
import { AddUsersSessionsAuditAndRateLimits1795267124163 } from './1795267124163-AddUsersSessionsAuditAndRateLimits';
import { AddCountiesAndKovs1795266810238 } from './1795266810238-AddCountiesAndKovs';
import { ActionPlanAndOrganisations1795266354952 } from './1795266354952-ActionPlanAndOrganisations';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [
  ActionPlanAndOrganisations1795266354952,
  AddCountiesAndKovs1795266810238,
  AddUsersSessionsAuditAndRateLimits1795267124163,
  AddKnowledgeBase1795268462286,
  AddSeminars1795269595341,
  AddMentoringCoordinatorRole1796057970165,
];
