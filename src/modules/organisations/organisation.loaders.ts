import { In, type DataSource } from 'typeorm';
import { keyedLoader } from '../../common/loaders';
import { Organisation } from './organisation.entity';

export function organisationLoaders(dataSource: DataSource) {
  const organisations = dataSource.getRepository(Organisation);
  return {
    organisationById: keyedLoader<string, Organisation>(
      (ids) => organisations.findBy({ id: In([...ids]) }),
      (o) => o.id,
    ),
  };
}
