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
  GraphQLScalarType,
  type GraphQLFieldResolver,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, getMetadataStorage, type ContainerType } from 'type-graphql';
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
    if (field.simple === undefined && plain && field.roles === undefined && !field.middlewares?.length) {
      field.simple = true;
    }
  }
}

/**
 * One instance of each resolver class, as type-graphql's default container
 * keeps them, but found in a map: the default scans a list on every call of
 * every resolver. `leanFieldResolvers` calls the same instances.
 */
type Class = abstract new (...args: never[]) => object;
const resolverInstances = new Map<Class, object>();
function resolverInstance(resolverClass: Class): object {
  let instance = resolverInstances.get(resolverClass);
  if (!instance) resolverInstances.set(resolverClass, (instance = new (resolverClass as new () => object)()));
  return instance;
}
const container: ContainerType = { get: resolverInstance };

/** Values type-graphql's `convertToType` hands on unchanged whatever the declared type. */
const PASSED_AS_THEY_ARE = new Set<unknown>([String, Boolean, Number, Date, Array, Promise]);

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];

/**
 * A field resolver method reached from a page is called once per row (a page
 * of the plan calls `amountNet` and `account` for each of ~600 budget lines).
 * type-graphql's wrapper around it allocates resolver data and a closure, finds
 * the resolver instance, sorts the parameter list again and maps it on every
 * call: about a tenth of that page's CPU with the garbage it leaves
 * (`npm run bench:api`, BENCH_PROFILE). For a resolver method of a resolver
 * class with no role and no middleware whose parameters are only `@Root`,
 * `@Ctx` and `@Info`, this compiles the same call once. A root that
 * type-graphql would convert (not already an instance of the declared class)
 * still goes through its wrapper, unless the class adds nothing to a copy
 * (`conversionAddsNothing`: no methods, accessors or initialisers, as with
 * Node and most entities); so does every resolver with arguments.
 */
function leanFieldResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const guarded = new Set([...storage.authorizedFields, ...storage.middlewares].map((m) => m.fieldName));
  const classOf = new Map(storage.objectTypes.map((type) => [type.name, type.target as Class]));
  // The method type-graphql resolves a declared field with, as its schema generator finds it.
  const fieldResolverFor = (owner: unknown, methodName: string) =>
    storage.fieldResolvers.find(
      (r) =>
        r.getObjectType?.() === owner &&
        r.methodName === methodName &&
        (r.kind === 'internal' || (resolvers as readonly unknown[]).includes(r.target)),
    );
  const resolverOf = (target: Class, schemaName: string): FieldResolverMetadata | undefined => {
    // The class and then its ancestors, as type-graphql lets a class's own fields win over inherited ones.
    for (
      let owner = target;
      owner && owner !== Function.prototype;
      owner = Object.getPrototypeOf(owner) as Class
    ) {
      const owned = storage.objectTypes.find((type) => type.target === owner)?.fields ?? [];
      const field = owned.find((f) => f.schemaName === schemaName);
      if (!field) continue;
      return fieldResolverFor(owner, field.name);
    }
    return undefined;
  };
  /**
   * A field an implemented interface declares, as type-graphql builds it: the class's own declaration wins,
   * else the last interface's (over a superclass's), with that interface's resolver: `Node.id` on every node
   * type.
   */
  const interfaceResolverOf = (target: Class, schemaName: string): FieldResolverMetadata | undefined => {
    const objectType = storage.objectTypes.find((type) => type.target === target);
    if (objectType?.fields?.some((f) => f.schemaName === schemaName)) return resolverOf(target, schemaName);
    const declared = storage.interfaceTypes
      .filter((type) => objectType?.interfaceClasses?.includes(type.target))
      .flatMap((type) => type.fields ?? [])
      .filter((f) => f.schemaName === schemaName)
      .at(-1);
    return declared && fieldResolverFor(declared.target, declared.name);
  };
  for (const [typeName, target] of classOf) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const fromInterfaces = new Set(type.getInterfaces().flatMap((i) => Object.keys(i.getFields())));
    for (const field of Object.values(type.getFields())) {
      const metadata = fromInterfaces.has(field.name)
        ? interfaceResolverOf(target, field.name)
        : resolverOf(target, field.name);
      if (metadata && field.resolve && !guarded.has(metadata.methodName)) {
        field.resolve = leanResolver(metadata, field.resolve) ?? field.resolve;
      }
    }
  }
}

/**
 * Whether type-graphql's conversion of a root to this class would read the
 * same as the root itself: a class with no methods or accessors and no field
 * initialisers (an interface's class such as Node) only copies the root's own
 * properties into a new object, which costs a copy of every row's entity.
 */
const addsNothing = new Map<unknown, boolean>();
export function conversionAddsNothing(target: new () => object): boolean {
  let verdict = addsNothing.get(target);
  if (verdict === undefined) {
    verdict = Object.values(new target()).every((value) => value === undefined);
    for (let proto = target.prototype as object; verdict && proto && proto !== Object.prototype;) {
      verdict = Object.getOwnPropertyNames(proto).every((name) => name === 'constructor');
      proto = Object.getPrototypeOf(proto) as object;
    }
    addsNothing.set(target, verdict);
  }
  return verdict;
}

function leanResolver(
  metadata: FieldResolverMetadata,
  wrapped: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> | undefined {
  // `roles: []` is a bare @Authorized(): type-graphql still checks that the caller is signed in.
  if (metadata.kind !== 'external' || metadata.roles !== undefined || metadata.middlewares?.length)
    return undefined;
  // A resolver class that extends, or is extended by, another is resolved through type-graphql's own copy of
  // the metadata, re-targeted per subclass: left to it.
  const target = metadata.target as Class;
  if (
    Object.getPrototypeOf(target) !== Function.prototype ||
    resolvers.some((other) => other !== target && other.prototype instanceof target)
  )
    return undefined;
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  // @Root('x') / @Ctx('x') may read a promise that type-graphql would await first: left to it.
  const direct = (p: (typeof params)[number]) =>
    p.kind === 'info' || ((p.kind === 'root' || p.kind === 'context') && !p.propertyName);
  if (!params.every(direct)) return undefined;

  const instance = resolverInstance(metadata.target as Class) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const method = instance[metadata.methodName];
  // The declared type of each @Root(), read on first use as type-graphql does (a class may be defined later).
  const rootTypes = params.map((p) => (p.kind === 'root' && p.getType ? p.getType : undefined));
  let declared: unknown[] | undefined;
  const convertible = (value: unknown, index: number): boolean => {
    declared ??= rootTypes.map((getType) => getType?.());
    const target = declared[index];
    if (value == null || typeof target !== 'function' || target instanceof GraphQLScalarType) return false;
    return (
      !(value instanceof (target as new () => object)) &&
      !PASSED_AS_THEY_ARE.has((value as object).constructor) &&
      !conversionAddsNothing(target as new () => object)
    );
  };
  const leanFieldResolver: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
    const values: unknown[] = [];
    for (let i = 0; i < params.length; i += 1) {
      const param = params[i];
      if (param.kind === 'root') {
        if (rootTypes[i] && convertible(root, i)) return wrapped(root, args, context, info);
        values.push(root);
      } else if (param.kind === 'context') {
        values.push(context);
      } else {
        values.push(info);
      }
    }
    return method.apply(instance, values);
  };
  return leanFieldResolver;
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
    container,
    emitSchemaFile: false,
    directives: [...specifiedDirectives, cacheControlDirective],
  }).then((schema) => {
    checkNodeFetchers(schema);
    leanFieldResolvers(schema);
    validationAsUserErrors(schema);
    return schema;
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs are stable. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
