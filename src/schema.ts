import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './assembly';
import { authChecker } from './common/auth';
import { nodeFetchers } from './node.resolver';

let cached: Promise<GraphQLSchema> | undefined;

/** Every object type that implements Node must be fetchable by `node(id:)`; a missing fetcher stops the build. */
function checkNodeFetchers(schema: GraphQLSchema): void {
  const node = schema.getType('Node') as GraphQLInterfaceType;
  const missing = schema
    .getImplementations(node)
    .objects.map((type) => type.name)
    .filter((name) => !nodeFetchers.has(name));
  if (missing.length) {
    throw new Error(`Node types without a fetcher in their module's manifest: ${missing.join(', ')}`);
  }
}

/** Builds the executable schema from every module's resolvers (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Validate inputs with class-validator; forbid unknown properties.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then((schema) => {
    checkNodeFetchers(schema);
    return schema;
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs are stable. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
