import type { DataSource } from 'typeorm';
import { actionPlanLoaders } from './modules/action-plan/action-plan.loaders';
import { organisationLoaders } from './modules/organisations/organisation.loaders';
import { userLoaders } from './modules/users/user.loaders';
import { guideLoaders } from './modules/knowledge-base/guide.loaders';

/** All per-request DataLoaders, by module. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...organisationLoaders(dataSource),
    ...userLoaders(dataSource),
    ...guideLoaders(dataSource),
    ...actionPlanLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
