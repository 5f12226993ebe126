import type { EntityManager } from 'typeorm';
import { readCsv } from '../../../seeds/csv';
import { Topic } from './guide.entity';

/** The four themes of the digital transformation, then E-ITS under cyber security. */
const THEMES = [
  { code: 'services', name: 'Teenused', nameEn: 'Services', parentCode: null },
  { code: 'data', name: 'Andmed', nameEn: 'Data', parentCode: null },
  { code: 'cyber-security', name: 'Küberturvalisus', nameEn: 'Cyber security', parentCode: null },
  { code: 'it-management', name: 'IT-juhtimine', nameEn: 'IT management', parentCode: null },
  {
    code: 'e-its',
    name: 'E-ITS (Eesti infoturbestandard)',
    nameEn: 'E-ITS (Estonian information security standard)',
    parentCode: 'cyber-security',
  },
];

/**
 * The topic taxonomy: themes, the E-ITS module groups (e-its/ORP) and the
 * example modules of each group (e-its/ORP.4) from seeds/reference/e-its-module-groups.csv.
 */
function topicSeeds(): Omit<Topic, never>[] {
  const topics: Topic[] = THEMES.map((t) => Object.assign(new Topic(), t));
  for (const group of readCsv('e-its-module-groups.csv')) {
    const groupCode = `e-its/${group.code}`;
    topics.push(
      Object.assign(new Topic(), {
        code: groupCode,
        name: group.name_et,
        nameEn: group.name_en,
        parentCode: 'e-its',
      }),
    );
    for (const module of (group.example_modules ?? '')
      .split(';')
      .map((m) => m.trim())
      .filter(Boolean)) {
      const [id, ...words] = module.split(' ');
      topics.push(
        Object.assign(new Topic(), {
          code: `e-its/${id}`,
          name: `${id} ${words.join(' ')}`,
          nameEn: `${id} (${group.name_en})`,
          parentCode: groupCode,
        }),
      );
    }
  }
  return topics;
}

export async function seedTopics(em: EntityManager): Promise<void> {
  await em.upsert(Topic, topicSeeds(), ['code']);
}
