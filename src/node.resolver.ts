import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from './common/node';
import { fromGlobalId, isUuid } from './common/node-id';
import type { Context } from './context';
import type { NodeFetcher } from './module';
import { appModules } from './modules';

/** How to fetch each Node type by its local ID: what the modules declare in their manifests. */
export const nodeFetchers: ReadonlyMap<string, NodeFetcher> = (() => {
  const fetchers = new Map<string, NodeFetcher>();
  for (const module of appModules) {
    for (const [type, fetch] of Object.entries(module.nodes ?? {})) {
      if (fetchers.has(type)) throw new Error(`Two modules fetch Node type ${type}`);
      fetchers.set(type, fetch);
    }
  }
  return fetchers;
})();

async function resolveNode(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  const fetch = parsed && nodeFetchers.get(parsed.type);
  if (!parsed || !fetch || !isUuid(parsed.localId)) return null;
  return (await fetch(ctx, parsed.localId)) as Node | null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null if there is none.' })
  node(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    return resolveNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Objects by global IDs, in the same order; null where none.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs, at most 100.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(Node | null)[]> {
    return Promise.all(ids.slice(0, 100).map((id) => resolveNode(ctx, id)));
  }
}
