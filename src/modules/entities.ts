import { ActionPlan, PlanVatRate } from './action-plan/action-plan.entity';
import { Activity, ActivityPartner, PlannedAction } from './action-plan/activity.entity';
import { BudgetLine, DeclaredBudgetFigure } from './action-plan/budget.entity';
import { BudgetAccount, CostCategory } from './action-plan/reference.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuthSession } from './auth/session.entity';
import { RateLimitCounter } from '../common/rate-limit.entity';
import { User } from './users/user.entity';
import { County } from './organisations/county.entity';
import {
  Guide,
  GuideActivity,
  GuideAttachment,
  GuideAuthor,
  GuideRevision,
  GuideSlugHistory,
  Topic,
} from './knowledge-base/guide.entity';
import { SearchOutboxEntry } from '../search/outbox.entity';
import { NotificationOutboxEntry } from '../notifications/notification.entity';
import {
  Event,
  EventMaterial,
  EventOrganiser,
  EventQuestion,
  EventSeries,
  EventSession,
} from './seminars/event.entity';
import { CalendarFeedToken, CheckIn, EventFeedback, Registration } from './seminars/registration.entity';
import { Organisation } from './organisations/organisation.entity';

/** Every TypeORM entity; the data source and the migration generator read this list. */
export const entities = [
  County,
  Organisation,
  BudgetAccount,
  CostCategory,
  ActionPlan,
  PlanVatRate,
  Activity,
  PlannedAction,
  ActivityPartner,
  BudgetLine,
  DeclaredBudgetFigure,
  User,
  AuthSession,
  AuditEntry,
  RateLimitCounter,
  Topic,
  Guide,
  GuideSlugHistory,
  GuideAuthor,
  GuideActivity,
  GuideRevision,
  GuideAttachment,
  SearchOutboxEntry,
  EventSeries,
  Event,
  EventOrganiser,
  EventSession,
  EventQuestion,
  EventMaterial,
  Registration,
  CheckIn,
  EventFeedback,
  CalendarFeedToken,
  NotificationOutboxEntry,
];
