import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from './common/node';
import { isAdmin } from './common/auth';
import { fromGlobalId } from './common/node-id';
import type { Context } from './context';
import { BudgetLine, DeclaredBudgetFigure } from './modules/action-plan/budget.entity';
import { AuditEntry } from './modules/audit/audit-entry.entity';
import { mayReadGuide } from './modules/knowledge-base/visibility';
import { mayViewEvent } from './modules/seminars/event.service';

/** How to fetch each Node type by its local ID. A new Node type registers here. */
const fetchers: Record<string, (ctx: Context, id: string) => Promise<Node | null>> = {
  Organisation: (ctx, id) => ctx.loaders.organisationById.load(id),
  County: (ctx, id) => ctx.loaders.countyById.load(id),
  // People are visible to signed-in users only; their email and roles have their own rule.
  User: async (ctx, id) => (ctx.user ? ctx.loaders.userById.load(id) : null),
  Guide: async (ctx, id) => {
    const guide = await ctx.loaders.guideById.load(id);
    return guide && mayReadGuide(ctx.user, guide) ? guide : null;
  },
  Event: async (ctx, id) => {
    const event = await ctx.loaders.eventById.load(id);
    return event && (await mayViewEvent(ctx, event)) ? event : null;
  },
  AuditEntry: async (ctx, id) =>
    isAdmin(ctx.user) ? ctx.dataSource.getRepository(AuditEntry).findOneBy({ id }) : null,
  ActionPlan: (ctx, id) => ctx.loaders.actionPlanById.load(id),
  Activity: (ctx, id) => ctx.loaders.activityById.load(id),
  BudgetLine: (ctx, id) => ctx.dataSource.getRepository(BudgetLine).findOneBy({ id }),
  DeclaredBudgetFigure: (ctx, id) => ctx.dataSource.getRepository(DeclaredBudgetFigure).findOneBy({ id }),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function resolveNode(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  const fetch = parsed && fetchers[parsed.type];
  if (!parsed || !fetch || !UUID.test(parsed.localId)) return null;
  return fetch(ctx, parsed.localId);
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
