import { useSeededDatabase } from '../support/harness';
import { users } from '../support/graphql';

const t = useSeededDatabase();

interface Listed {
  id: string;
  title: string;
  status: string;
  visibility: string;
  kind: string;
  language: string;
  topics: { code: string }[];
  organisation: { id: string };
  activities: { id: string }[];
}

interface GuidePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Listed }[];
}

const PAGE = `query ($first: Int, $after: String, $filter: GuideFilter) {
  guides(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title status visibility kind language topics { code } organisation { id } activities { id } } }
  }
}`;

/** Every guide the list gives `user` for `filter`, page by page; and the totalCount of the first page. */
async function listAll(user: (typeof users)[keyof typeof users] | null, filter: object = {}, first = 7) {
  const listed: Listed[] = [];
  let after: string | null = null;
  let totalCount: number | undefined;
  for (;;) {
    const result = await t.gql.run<{ guides: GuidePage }>(PAGE, { first, after, filter }, user);
    expect(result.errors).toBeUndefined();
    const page: GuidePage = result.data!.guides;
    totalCount ??= page.totalCount;
    listed.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { listed, totalCount };
}

const byTitle = (a: Listed, b: Listed) => a.title.localeCompare(b.title, 'et') || (a.id < b.id ? -1 : 1);

describe('the guides list', () => {
  it('shows each reader what they may read, in Estonian title order, in pages that join up', async () => {
    const everything = (
      await listAll(users.editor, { statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] })
    ).listed;
    expect(everything.length).toBeGreaterThan(20);
    const anonymous = await listAll(null);
    expect(anonymous.listed.map((g) => g.id)).toEqual(
      everything.filter((g) => g.status === 'PUBLISHED' && g.visibility === 'PUBLIC').map((g) => g.id),
    );
    expect(anonymous.totalCount).toBe(anonymous.listed.length);
    expect([...anonymous.listed].sort(byTitle).map((g) => g.id)).toEqual(anonymous.listed.map((g) => g.id));
    const member = await listAll(users.member);
    expect(member.listed.map((g) => g.id)).toEqual(
      everything.filter((g) => g.status === 'PUBLISHED' && g.visibility !== 'INTERNAL').map((g) => g.id),
    );
    expect(member.listed.length).toBeGreaterThan(anonymous.listed.length);
    // A member's status filter is not theirs to set: still published only.
    expect((await listAll(users.member, { statuses: ['DRAFT'] })).listed).toEqual(member.listed);
  });

  it('filters by kind, language, topic (with the topics under it), organisation and activity', async () => {
    const all = (
      await listAll(users.editor, { statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] }, 100)
    ).listed;
    const statuses = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];
    const check = async (filter: object, expected: (g: Listed) => boolean) => {
      const { listed, totalCount } = await listAll(users.editor, { statuses, ...filter }, 5);
      expect(listed.map((g) => g.id)).toEqual(all.filter(expected).map((g) => g.id));
      expect(totalCount).toBe(listed.length);
      return listed.length;
    };
    const kind = all[0].kind;
    expect(await check({ kinds: [kind] }, (g) => g.kind === kind)).toBeGreaterThan(0);
    expect(await check({ languages: ['EN'] }, (g) => g.language === 'EN')).toBeGreaterThan(0);
    const under = (prefix: string) => (g: Listed) =>
      g.topics.some((topic) => topic.code === prefix || topic.code.startsWith(`${prefix}.`));
    const parent = all
      .flatMap((g) => g.topics.map((topic) => topic.code))
      .find((code) => !code.includes('.'))!;
    const leaf = all.flatMap((g) => g.topics.map((topic) => topic.code)).find((code) => code.includes('.'));
    expect(await check({ topics: [parent] }, under(parent))).toBeGreaterThan(0);
    if (leaf)
      expect(
        await check({ topics: [leaf, parent] }, (g) => under(leaf)(g) || under(parent)(g)),
      ).toBeGreaterThan(0);
    // A LIKE wildcard in a topic is a character, not a pattern.
    expect(await check({ topics: ['%'] }, () => false)).toBe(0);
    const organisation = all[0].organisation.id;
    expect(
      await check({ organisationId: organisation }, (g) => g.organisation.id === organisation),
    ).toBeGreaterThan(0);
    const activity = all.find((g) => g.activities.length)?.activities[0].id;
    if (activity) {
      expect(
        await check({ activityId: activity }, (g) => g.activities.some((a) => a.id === activity)),
      ).toBeGreaterThan(0);
    }
    expect(
      await check({ kinds: [kind], languages: ['ET'] }, (g) => g.kind === kind && g.language === 'ET'),
    ).toBeGreaterThanOrEqual(0);
  });

  it('refuses an ID of the wrong type in a filter without running the list', async () => {
    const result = await t.gql.run(
      PAGE,
      { first: 5, filter: { organisationId: t.plan.planId } },
      users.editor,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
