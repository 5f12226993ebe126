import type { AppModule } from '../module';
import { actionPlanModule } from './action-plan';
import { auditModule } from './audit';
import { authModule } from './auth';
import { knowledgeBaseModule } from './knowledge-base';
import { notificationsModule } from './notifications';
import { mentoringModule } from './mentoring';
import { organisationsModule } from './organisations';
import { progressModule } from './progress';
import { seminarsModule } from './seminars';
import { siteSearchModule } from './site-search';
import { trainingModule } from './training';
import { usersModule } from './users';

/**
 * Every domain module, in dependency order (a module comes after those it
 * uses; seeds run in this order). The schema, the data source, the loaders,
 * `node`, the HTTP routes, the worker's jobs and the seeds are all assembled
 * from this list in src/assembly.ts: adding a domain is its folder and one line here.
 */
export const appModules: readonly AppModule[] = [
  organisationsModule,
  usersModule,
  authModule,
  auditModule,
  actionPlanModule,
  knowledgeBaseModule,
  notificationsModule,
  seminarsModule,
  trainingModule,
  mentoringModule,
  progressModule,
  siteSearchModule,
];
