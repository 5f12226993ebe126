import type { DataSource } from 'typeorm';
import { actionPlanLoaders } from './modules/action-plan/action-plan.loaders';
import { organisationLoaders } from './modules/organisations/organisation.loaders';
import { userLoaders } from './modules/users/user.loaders';
import { guideLoaders } from './modules/knowledge-base/guide.loaders';
import { eventLoaders } from './modules/seminars/event.loaders';

/** All per-request DataLoaders, by module. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...organisationLoaders(dataSource),
    ...userLoaders(dataSource),
    ...guideLoaders(dataSource),
    ...eventLoaders(dataSource),
    ...actionPlanLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
