import type { AppModule } from '../../module';
import { AuthSession } from './session.entity';
import { accountErrorDescriptions } from './user.errors';
import { User } from './user.entity';
import { userLoaders } from './user.loaders';
import { UserResolver } from './user.resolver';
import { seedDemoUsers } from './user.seed';

/** People: accounts, roles, passwords and their sign-in sessions. */
export const usersModule: AppModule = {
  name: 'users',
  entities: [User, AuthSession],
  resolvers: [UserResolver],
  loaders: userLoaders,
  nodes: {
    // People are visible to signed-in users only; their email and roles have their own rule.
    User: async (ctx, id) => (ctx.user ? ctx.loaders.userById.load(id) : null),
  },
  errorCodes: accountErrorDescriptions,
  seed: seedDemoUsers,
};

export { hashPassword, verifyPassword } from './password';
export { AuthSession } from './session.entity';
export { normaliseEmail, User } from './user.entity';
export { sampleMembers } from './user.seed';
