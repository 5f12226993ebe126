import { EventResolver, EventSessionResolver } from './event.resolver';
import {
  CountyParticipationResolver,
  KovParticipationResolver,
  RegistrationResolver,
} from './registration.resolver';

export const seminarResolvers = [
  EventResolver,
  EventSessionResolver,
  RegistrationResolver,
  KovParticipationResolver,
  CountyParticipationResolver,
] as const;
