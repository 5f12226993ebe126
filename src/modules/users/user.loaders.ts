import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/loaders';
import { User } from './user.entity';

export function userLoaders(dataSource: DataSource) {
  return {
    userById: byIdLoader(dataSource, User),
  };
}

export type UserLoaders = ReturnType<typeof userLoaders>;

declare module '../../context' {
  interface Loaders extends UserLoaders {}
}
