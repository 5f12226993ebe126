import type { SearchSource } from '../../search/search-source';
import { mentorSearchSource } from '../mentoring';
import { eventSearchSource } from '../seminars';
import { programmeSearchSource } from '../training';

/** The content searched beside the guides, each in its own index. */
export const SEARCH_SOURCES: readonly SearchSource[] = [
  eventSearchSource,
  programmeSearchSource,
  mentorSearchSource,
];

export const sourceOfType = (type: string): SearchSource | undefined =>
  SEARCH_SOURCES.find((s) => s.type === type);
