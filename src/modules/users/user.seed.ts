import type { EntityManager } from 'typeorm';
import { demoUsers } from '../../../seeds/users';
import type { SeedOptions } from '../../module';
import { organisationIdByCode } from '../organisations';
import { hashPassword } from './password';
import { User } from './user.entity';

/** Adds the demo users that are missing; existing accounts (and changed passwords) are left alone. */
export async function seedDemoUsers(em: EntityManager, options: SeedOptions): Promise<void> {
  if (!options.demoUsers) return;
  for (const demo of demoUsers) {
    if (await em.existsBy(User, { email: demo.email })) continue;
    const organisationId = await organisationIdByCode(em, demo.organisation);
    await em.insert(User, {
      email: demo.email,
      name: demo.name,
      organisationId,
      roles: demo.roles,
      passwordHash: await hashPassword(demo.password),
    });
  }
}
