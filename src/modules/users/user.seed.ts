import type { EntityManager } from 'typeorm';
import { demoUsers } from '../../../seeds/users';
import type { SeedOptions } from '../../module';
import { seededRandom } from '../../common/seeded-random';
import { Organisation, OrganisationKind, organisationIdByCode } from '../organisations';
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

const FIRST_NAMES = [
  'Mari',
  'Jaan',
  'Kadri',
  'Tõnu',
  'Ülle',
  'Peeter',
  'Kätlin',
  'Andres',
  'Liis',
  'Märt',
  'Eve',
  'Rein',
];
const LAST_NAMES = [
  'Tamm',
  'Saar',
  'Mägi',
  'Kask',
  'Pärn',
  'Õunapuu',
  'Lepik',
  'Kõiv',
  'Sepp',
  'Ilves',
  'Rebane',
  'Šmidt',
];

/**
 * Sample participants from KOVs across the counties (demo data, no password:
 * they cannot sign in). Returns their users with the organisation each works for.
 */
export async function sampleMembers(em: EntityManager): Promise<User[]> {
  const kovs = await em.find(Organisation, {
    where: { kind: OrganisationKind.KOV },
    order: { ehakCode: 'ASC' },
  });
  const random = seededRandom(7);
  const people: User[] = [];
  for (let i = 0; i < 40; i += 1) {
    const kov = kovs[Math.floor(random() * kovs.length)];
    const email = `osaleja${i + 1}@${kov.ehakCode}.kov.example`;
    const existing = await em.findOneBy(User, { email });
    people.push(
      existing ??
        (await em.save(
          em.create(User, {
            email,
            name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 5) % LAST_NAMES.length]}`,
            organisationId: kov.id,
            roles: ['MEMBER' as never],
          }),
        )),
    );
  }
  return people;
}
