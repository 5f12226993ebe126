import type { AppModule } from '../../module';
import {
  Event,
  EventMaterial,
  EventOrganiser,
  EventQuestion,
  EventSeries,
  EventSession,
} from './event.entity';
import { eventLoaders } from './event.loaders';
import { EventResolver, EventSessionResolver } from './event.resolver';
import { findEventById, findEventQuestion } from './event.service';
import { personalEventEntries, staleEventReminders } from './notices';
import { CalendarFeedToken, CheckIn, EventFeedback, Registration } from './registration.entity';
import {
  CountyParticipationResolver,
  KovParticipationResolver,
  RegistrationResolver,
} from './registration.resolver';
import { findRegistration } from './registration.service';
import { seminarErrorDescriptions } from './seminar.errors';
import { seminarRoutes } from './seminar.routes';
import { seedSeminars } from './seminar.seed';

/**
 * IT-network seminars: events with agendas, registration with capacity and a
 * waiting list, check-in, feedback, participation reports, iCalendar feeds,
 * and the emails about them (queued in the notice outbox, sent by the worker).
 */
export const seminarsModule: AppModule = {
  name: 'seminars',
  entities: [
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
  ],
  resolvers: [
    EventResolver,
    EventSessionResolver,
    RegistrationResolver,
    KovParticipationResolver,
    CountyParticipationResolver,
  ],
  loaders: eventLoaders,
  nodes: {
    Event: findEventById,
    EventSeries: (ctx, id) => ctx.loaders.eventSeriesById.load(id),
    Registration: findRegistration,
    RegistrationQuestion: findEventQuestion,
  },
  routes: seminarRoutes,
  personalCalendar: personalEventEntries,
  errorCodes: seminarErrorDescriptions,
  staleNotices: staleEventReminders,
  seed: seedSeminars,
};
export { kovsReachedBySeminars, seminarSatisfaction } from './measures';
export { eventSearchSource, SEARCHABLE_EVENT_STATUSES } from './event-search';
export { Event } from './event.entity';
export { findEventById } from './event.service';
export { EventKind, Theme } from './event.enums';
