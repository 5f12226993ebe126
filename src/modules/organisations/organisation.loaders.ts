import { In, type DataSource } from 'typeorm';
import { keyedLoader } from '../../common/loaders';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';

export function organisationLoaders(dataSource: DataSource) {
  const organisations = dataSource.getRepository(Organisation);
  const counties = dataSource.getRepository(County);
  return {
    countyById: keyedLoader<string, County>(
      (ids) => counties.findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    organisationById: keyedLoader<string, Organisation>(
      (ids) => organisations.findBy({ id: In([...ids]) }),
      (o) => o.id,
    ),
  };
}

export type OrganisationLoaders = ReturnType<typeof organisationLoaders>;

declare module '../../context' {
  interface Loaders extends OrganisationLoaders {}
}
