export interface SearchQualityResult {
  /** Mean over queries of the share of expected guides among the first five hits. */
  recallAt5: number;
  /** Mean reciprocal rank of the first expected guide (0 where none is in the first ten). */
  mrr: number;
  queries: { query: string; recallAt5: number; firstRank: number | null; top: string[] }[];
}

/**
 * Measures a search against a reviewed set of queries: `search` returns the
 * slugs of its hits, best first (at least ten).
 */
export async function measureSearchQuality(
  /** What is typed, and the slugs of the guides that answer it. */
  cases: readonly { query: string; expected: readonly string[] }[],
  search: (query: string) => Promise<string[]>,
): Promise<SearchQualityResult> {
  const queries = [];
  for (const { query, expected } of cases) {
    if (!expected.length)
      throw new Error(`The quality case "${query}" expects no guide: it measures nothing.`);
    const slugs = (await search(query)).slice(0, 10);
    const wanted = new Set(expected);
    const found = slugs.slice(0, 5).filter((slug) => wanted.has(slug)).length;
    const index = slugs.findIndex((slug) => wanted.has(slug));
    queries.push({
      query,
      recallAt5: found / Math.min(wanted.size, 5),
      firstRank: index < 0 ? null : index + 1,
      top: slugs.slice(0, 5),
    });
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  return {
    recallAt5: mean(queries.map((q) => q.recallAt5)),
    mrr: mean(queries.map((q) => (q.firstRank ? 1 / q.firstRank : 0))),
    queries,
  };
}
