import { Language, labelOf } from '../../common/labelled-enum';
import type { Context } from '../../context';
import type { SearchSource } from '../../search/search-source';
import { FacetDistribution, FacetValue, SearchFacet } from '../knowledge-base';
import { EventKind, Theme } from '../seminars';

type Names = { et: string | null; en: string | null };

const YES_NO: Record<string, Names> = { true: { et: 'Jah', en: 'Yes' }, false: { et: 'Ei', en: 'No' } };

/** Working languages mentors give (ISO 639-1), named in Estonian and English. */
const LANGUAGES: Record<string, Names> = {
  et: { et: 'eesti', en: 'Estonian' },
  en: { et: 'inglise', en: 'English' },
  ru: { et: 'vene', en: 'Russian' },
  fi: { et: 'soome', en: 'Finnish' },
  lv: { et: 'läti', en: 'Latvian' },
  lt: { et: 'leedu', en: 'Lithuanian' },
  de: { et: 'saksa', en: 'German' },
};

const enumNames = (enumObject: Record<string, string>) => (value: string) => ({
  et: labelOf(enumObject, value, Language.ET),
  en: labelOf(enumObject, value, Language.EN),
});

/** The names of a facet's values: enum labels, topic names (one batched read), fixed words. */
async function namesOf(ctx: Context, facet: string, values: string[]): Promise<(value: string) => Names> {
  switch (facet) {
    case SearchFacet.EVENT_KIND:
      return enumNames(EventKind);
    case SearchFacet.EVENT_THEME:
      return enumNames(Theme);
    case SearchFacet.TRAINING_TOPIC: {
      const topics = await ctx.loaders.topicByCode.loadMany(values);
      const byCode = new Map(
        topics.flatMap((t) =>
          t && !(t instanceof Error) ? [[t.code, { et: t.name, en: t.nameEn }] as const] : [],
        ),
      );
      return (value) => byCode.get(value) ?? { et: null, en: null };
    }
    case SearchFacet.MENTOR_LANGUAGE:
      return (value) => LANGUAGES[value] ?? { et: null, en: null };
    default:
      return (value) => YES_NO[value] ?? { et: null, en: null };
  }
}

/** Counts of a facet of one kind over that kind's hits, most frequent first, with the values' names. */
export async function sourceFacet(
  ctx: Context,
  facet: SearchFacet,
  source: SearchSource | undefined,
  distribution: Record<string, Record<string, number>>,
): Promise<FacetDistribution> {
  const counts = source ? (distribution[source.facets[facet]] ?? {}) : {};
  const names = await namesOf(ctx, facet, Object.keys(counts));
  return Object.assign(new FacetDistribution(), {
    facet,
    values: Object.entries(counts)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'et'))
      .map(([value, count]) => Object.assign(new FacetValue(), { value, labels: names(value), count })),
  });
}

/** The source whose hits a facet counts, if it is not a guide facet. */
export const sourceOfFacet = (sources: readonly SearchSource[], facet: SearchFacet) =>
  sources.find((source) => facet in source.facets);
