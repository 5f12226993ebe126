import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth';
import { actionPlanResolvers } from './modules/action-plan';
import { organisationResolvers } from './modules/organisations';
import { knowledgeBaseResolvers } from './modules/knowledge-base';
import { seminarResolvers } from './modules/seminars';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { UserResolver } from './modules/users/user.resolver';
import { NodeResolver } from './node.resolver';
import { NodeIdResolver } from './common/node';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema from every module's resolvers (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [
      NodeResolver,
      NodeIdResolver,
      AuthResolver,
      UserResolver,
      AuditResolver,
      ...organisationResolvers,
      ...actionPlanResolvers,
      ...knowledgeBaseResolvers,
      ...seminarResolvers,
    ],
    authChecker,
    // Validate inputs with class-validator; forbid unknown properties.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs are stable. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
