import { In, type DataSource } from 'typeorm';
import { keyedLoader } from '../../common/loaders';
import { User } from './user.entity';

export function userLoaders(dataSource: DataSource) {
  return {
    userById: keyedLoader<string, User>(
      (ids) => dataSource.getRepository(User).findBy({ id: In([...ids]) }),
      (u) => u.id,
    ),
  };
}

export type UserLoaders = ReturnType<typeof userLoaders>;

declare module '../../context' {
  interface Loaders extends UserLoaders {}
}
