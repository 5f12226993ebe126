import { OrganisationResolver } from './organisation.resolver';

export const organisationResolvers = [OrganisationResolver] as const;
