import type { DataSource } from 'typeorm';
import { rowsWhereIn } from '../../common/sql-rows';
import { keyedLoader } from '../../common/loaders';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';

export function organisationLoaders(dataSource: DataSource) {
  return {
    countyById: keyedLoader<string, County>(
      (ids) => rowsWhereIn(dataSource, County, 'id', ids),
      (c) => c.id,
    ),
    organisationById: keyedLoader<string, Organisation>(
      (ids) => rowsWhereIn(dataSource, Organisation, 'id', ids),
      (o) => o.id,
    ),
  };
}

export type OrganisationLoaders = ReturnType<typeof organisationLoaders>;

declare module '../../context' {
  interface Loaders extends OrganisationLoaders {}
}
