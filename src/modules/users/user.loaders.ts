import type { DataSource } from 'typeorm';
import { rowsWhereIn } from '../../common/sql-rows';
import { keyedLoader } from '../../common/loaders';
import { User } from './user.entity';

export function userLoaders(dataSource: DataSource) {
  return {
    userById: keyedLoader<string, User>(
      (ids) => rowsWhereIn(dataSource, User, 'id', ids),
      (u) => u.id,
    ),
  };
}

export type UserLoaders = ReturnType<typeof userLoaders>;

declare module '../../context' {
  interface Loaders extends UserLoaders {}
}
