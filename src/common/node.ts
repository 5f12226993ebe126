import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: any object with a global, opaque `id` that `node(id:)` can fetch again. */
@InterfaceType('Node', { description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  globalId: string;
}
