import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/loaders';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';

export function organisationLoaders(dataSource: DataSource) {
  return {
    countyById: byIdLoader(dataSource, County),
    organisationById: byIdLoader(dataSource, Organisation),
  };
}

export type OrganisationLoaders = ReturnType<typeof organisationLoaders>;

declare module '../../context' {
  interface Loaders extends OrganisationLoaders {}
}
