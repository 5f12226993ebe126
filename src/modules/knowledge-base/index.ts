import { GuideResolver, GuideRevisionResolver, TopicResolver } from './guide.resolver';
import { SearchResolver } from './search.resolver';

export const knowledgeBaseResolvers = [
  GuideResolver,
  GuideRevisionResolver,
  TopicResolver,
  SearchResolver,
] as const;
