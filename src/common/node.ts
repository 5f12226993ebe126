import type { GraphQLResolveInfo } from 'graphql';
import { FieldResolver, ID, Info, InterfaceType, Resolver, Root } from 'type-graphql';
import { toGlobalId } from './node-id';

/**
 * Relay's Node: any object with a global, opaque `id` that `node(id:)` can
 * fetch again. Implementing types keep their local primary key in `id`; the
 * GraphQL `id` is derived from it here, once, for every type.
 */
@InterfaceType('Node', { description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  /** The local primary key (a UUID). */
  id: string;
}

/** Resolves `id` on every type that implements Node: "<GraphQL type name>:<local id>", encoded. */
@Resolver(() => Node)
export class NodeIdResolver {
  @FieldResolver(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  globalId(@Root() node: Node, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, node.id);
  }
}
