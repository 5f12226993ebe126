import { useSeededDatabase } from '../support/harness';

const t = useSeededDatabase();

const LIST = `query ($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind kovType ehakCode code county { name shortName ehakCode } } }
  }
}`;

async function all(filter: Record<string, unknown> = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await t.gql.run(LIST, { filter, first: 30, after });
    expect(result.errors).toBeUndefined();
    const page: any = result.data!.organisations;
    nodes.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}

describe('organisations', () => {
  it('has all 79 KOVs with type, county and four-character EHAK codes, paged in Estonian order', async () => {
    const { nodes, totalCount } = await all({ kinds: ['KOV'] });
    expect(totalCount).toBe(79);
    expect(nodes).toHaveLength(79);
    expect(nodes.filter((n) => n.kovType === 'LINN')).toHaveLength(15);
    expect(nodes.filter((n) => n.kovType === 'VALD')).toHaveLength(64);
    expect(nodes.find((n) => n.name === 'Anija vald')).toMatchObject({
      ehakCode: '0141',
      county: { name: 'Harju maakond', shortName: 'Harju', ehakCode: '0037' },
    });
    expect(nodes.every((n) => /^\d{4}$/.test(n.ehakCode))).toBe(true);
    const names = nodes.map((n) => n.name);
    // Estonian alphabet: … v w õ ä ö ü x y, so Võru comes before Väike-Maarja (code-point order says the opposite).
    expect(names.indexOf('Võru vald')).toBeLessThan(names.indexOf('Väike-Maarja vald'));
    expect(names).toEqual([...names].sort(new Intl.Collator('et').compare));
  });

  it('has the 15 counties, and filters KOVs by county and type', async () => {
    const counties = await t.gql.run(`{ counties { id name ehakCode } }`);
    expect(counties.data!.counties).toHaveLength(15);
    const harju = counties.data!.counties.find((c: any) => c.name === 'Harju maakond');
    const { nodes } = await all({ countyIds: [harju.id], kovTypes: ['LINN'] });
    expect(nodes.map((n) => n.name)).toEqual(['Keila linn', 'Loksa linn', 'Maardu linn', 'Tallinn']);
  });

  it('finds ELVL and the state partners by kind and name', async () => {
    const { nodes } = await all({ kinds: ['MINISTRY', 'STATE_AGENCY', 'ASSOCIATION'] });
    expect(nodes.map((n) => n.code).sort()).toEqual(['ELVL', 'JUSTDIGI', 'MKM', 'RIA']);
    const byName = await all({ nameContains: 'infosüsteemi' });
    expect(byName.nodes.map((n) => n.code)).toEqual(['RIA']);
  });
});
