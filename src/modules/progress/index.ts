import type { AppModule } from '../../module';
import { isElvlStaff } from './access';
import {
  ActivityProgressNote,
  Expenditure,
  IndicatorPeriodRecord,
  ResultIndicator,
  StatutoryVatRate,
} from './progress.entity';
import { progressErrorDescriptions } from './progress.errors';
import { progressLoaders } from './progress.loaders';
import {
  ActivityProgressFieldsResolver,
  ActivityProgressNoteResolver,
  ActivityProgressResolver,
  BudgetExecutionRowFields,
  ExpenditureResolver,
  PlanProgressResolver,
  ProgressResolver,
  ResultIndicatorResolver,
} from './progress.resolver';
import { progressRoutes } from './progress.routes';
import { seedProgress } from './progress.seed';
import { migrations } from './migrations';

/**
 * How the action plan is carried out: money actually spent against the
 * budget, each activity's status and timeline, result indicators (entered, or
 * measured from the seminars, training, knowledge base and mentor network),
 * the dashboard and the budget spreadsheets.
 */
export const progressModule: AppModule = {
  name: 'progress',
  entities: [StatutoryVatRate, Expenditure, ActivityProgressNote, ResultIndicator, IndicatorPeriodRecord],
  migrations,
  resolvers: [
    ProgressResolver,
    ExpenditureResolver,
    BudgetExecutionRowFields,
    ResultIndicatorResolver,
    ActivityProgressNoteResolver,
    ActivityProgressResolver,
    PlanProgressResolver,
    ActivityProgressFieldsResolver,
  ],
  loaders: progressLoaders,
  // Individual expenditures are ELVL's; the timeline and indicators are for everyone signed in.
  nodes: {
    Expenditure: async (ctx, id) => (isElvlStaff(ctx.user) ? ctx.loaders.expenditureById.load(id) : null),
    ActivityProgressNote: async (ctx, id) => (ctx.user ? ctx.loaders.progressNoteById.load(id) : null),
    ResultIndicator: async (ctx, id) => (ctx.user ? ctx.loaders.resultIndicatorById.load(id) : null),
  },
  routes: progressRoutes,
  errorCodes: progressErrorDescriptions,
  seed: seedProgress,
};
