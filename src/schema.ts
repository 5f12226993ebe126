import 'reflect-metadata';
import {
  GraphQLBoolean,
  GraphQLInt,
  specifiedDirectives,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, getMetadataStorage } from 'type-graphql';
import { resolvers } from './assembly';
import { authChecker } from './common/auth';
import { cacheControlDirective } from './common/cache-control';
import { UserErrorCode, userError, validationFindings, type ValidationFinding } from './common/user-error';
import { nodeFetchers } from './node.resolver';

let cached: Promise<GraphQLSchema> | undefined;

const VALIDATOR_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;
const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** type-graphql's default argument validation (validate-arg.js), minus its per-call dynamic import. */
async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    } else {
      await validateOrReject(value, VALIDATOR_OPTIONS);
    }
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}

/**
 * type-graphql gives every plain property field a resolver that allocates a
 * resolver-data object and a closure to return `root[name]`: with no role and
 * no middleware on the field, graphql-js's default resolver with extra garbage
 * per field and row (a page of the plan with its budget lines resolves ~1500
 * such fields). Marked simple, graphql-js reads the property itself. A field
 * with a role, a middleware (by name, on any class), a schema name of its own
 * or a field resolver keeps type-graphql's resolver.
 */
function simplifyPlainFields(): void {
  const storage = getMetadataStorage();
  const guarded = new Set([...storage.authorizedFields, ...storage.middlewares].map((m) => m.fieldName));
  for (const field of storage.fields) {
    const plain = field.name === field.schemaName && !guarded.has(field.name);
    if (field.simple === undefined && plain && !field.roles?.length && !field.middlewares?.length) {
      field.simple = true;
    }
  }
}

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

/**
 * Every mutation reports input that breaks a declared rule (class-validator:
 * lengths, ranges) as `userErrors`, like the rules its service checks, not as
 * a top-level error.
 */
function validationAsUserErrors(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const payload = getNamedType(field.type);
    if (!isObjectType(payload) || !payload.getFields().userErrors) continue;
    // What a refused mutation says for the payload's other non-null fields: nothing saved, none recorded.
    const refused: Record<string, unknown> = {};
    for (const f of Object.values(payload.getFields())) {
      if (f.name === 'userErrors' || !isNonNullType(f.type)) continue;
      const inner = f.type.ofType;
      if (isListType(inner)) refused[f.name] = [];
      else if (inner === GraphQLBoolean) refused[f.name] = false;
      else if (inner === GraphQLInt) refused[f.name] = 0;
      else
        throw new Error(`${payload.name}.${f.name} must be nullable: a refused mutation has no value for it`);
    }
    const resolve = field.resolve!;
    field.resolve = async (...args) => {
      try {
        return await resolve(...args);
      } catch (error) {
        if (!(error instanceof ArgumentValidationError)) throw error;
        const findings = validationFindings(error.extensions.validationErrors as ValidationFinding[]);
        return {
          ...refused,
          userErrors: findings.map((f) => userError(UserErrorCode.INVALID, f.field, f.message)),
        };
      }
    };
  }
}

/** Builds the executable schema from every module's resolvers (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  if (!cached) simplifyPlainFields();
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Inputs are validated with class-validator, as type-graphql's default does (missing properties skipped,
    // unknown values allowed), but with class-validator imported once: the default re-imports it per argument.
    validateFn: validateArgument,
    emitSchemaFile: false,
    directives: [...specifiedDirectives, cacheControlDirective],
  }).then((schema) => {
    checkNodeFetchers(schema);
    validationAsUserErrors(schema);
    return schema;
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs are stable. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
