import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../../ormconfig';

/** Connects to PostgreSQL with the project's entities and migrations. */
export async function openDataSource(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, overrides));
  await dataSource.initialize();
  return dataSource;
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
