import type { AppModule } from '../../module';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';
import { organisationLoaders } from './organisation.loaders';
import { OrganisationResolver } from './organisation.resolver';
import { seedOrganisations } from './organisation.seed';

/** The 79 KOVs, their counties, ELVL and the state partners. */
export const organisationsModule: AppModule = {
  name: 'organisations',
  entities: [County, Organisation],
  resolvers: [OrganisationResolver],
  loaders: organisationLoaders,
  nodes: {
    Organisation: (ctx, id) => ctx.loaders.organisationById.load(id),
    County: (ctx, id) => ctx.loaders.countyById.load(id),
  },
  seed: seedOrganisations,
};

export { County } from './county.entity';
export { Organisation, OrganisationKind } from './organisation.entity';
export { organisationIdByCode, organisationIdsByCode } from './organisation.seed';
