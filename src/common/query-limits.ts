import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './auth';
import { isDatabaseUnavailable, serviceUnavailable } from '../errors';
import { hit } from './rate-limit';
import { DEFAULT_PAGE_SIZE } from './pagination';

export interface QueryLimits {
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** Field selections in one operation after expanding fragments (each alias counts). */
  maxFields: number;
  mutationsPerMinutePerUser: number;
  mutationsPerMinutePerIp: number;
}

/** What the limits need of the request context. */
interface LimitedContext {
  dataSource: DataSource;
  ip: string;
  user: AuthUser | null;
}

/** How many items an unpaged list field is assumed to return when costing a query. */
export const ASSUMED_LIST_SIZE = 10;

const refuse = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** NUL and unpaired UTF-16 surrogates: valid in a JSON string, refused by PostgreSQL text. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what it looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or object key) in `value` that PostgreSQL could not store, if any. */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorableText(item, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return path;
      const found = findUnstorableText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The same for string literals written into the query itself. */
function findUnstorableLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && UNSTORABLE.test(node.value))
        found = `line ${node.loc?.startToken.line ?? '?'} of the query`;
    },
  });
  return found;
}

/**
 * What graphql-query-complexity's own failures mean for the client: too many
 * nodes is a query too complex; a variable its type does not accept is bad
 * input (named, without echoing the value).
 */
function complexityFailure(error: unknown): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  if (/maximum allowed number of nodes/i.test(message)) {
    return refuse('QUERY_TOO_COMPLEX', 'Query has too many fields or aliases.');
  }
  const variable = /^Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const at = / at "([A-Za-z0-9_.[\]]+)"/.exec(message)?.[1];
  if (variable) {
    return refuse(
      'BAD_USER_INPUT',
      `Variable "$${variable}"${at ? ` at "${at}"` : ''} has a value its type does not accept.`,
    );
  }
  return refuse('BAD_USER_INPUT', 'The operation or its variables are not valid.');
}

/**
 * Walks an operation's selections (fragments expanded) and returns its depth
 * and number of field selections. Introspection (__schema, __type) is left
 * out: it is governed by GRAPHQL_INTROSPECTION instead.
 */
export function measure(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): { depth: number; fields: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let fields = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let deepest = depth;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // __schema and __type are governed by GRAPHQL_INTROSPECTION; __typename counts like any field.
        if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
        fields += 1;
        if (selection.selectionSet)
          deepest = Math.max(deepest, walk(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, depth, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name))
          deepest = Math.max(deepest, walk(fragment.selectionSet, depth, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  return { depth, fields };
}

/** Connections cost their page size times their items; other lists an assumed size. */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(first, 1);
  }
  const type = getNullableType(field.type);
  // A connection's edges were already multiplied by its page size.
  if (isListType(type) && field.name !== 'edges') return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return undefined;
};

/**
 * Refuses, before execution, operations that are too deep, too large or too
 * costly, and throttles mutations per user and per client address (counters
 * in PostgreSQL, shared by every API process).
 */
/**
 * What is computed from a document alone, kept with the parsed document
 * (Apollo reuses the same DocumentNode for a repeated query), and the
 * complexity per operation and variables (page sizes come in variables), a
 * few per document: a front-end repeats the same queries, so the walks run
 * once, not per request.
 */
interface DocumentFacts {
  measured: Map<string, { depth: number; fields: number }>;
  unstorableLiteral: string | null;
  complexity: Map<string, number>;
}
const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();
const MAX_COMPLEXITIES_PER_DOCUMENT = 50;
const MAX_CACHED_KEY_LENGTH = 512;

function factsOf(document: DocumentNode): DocumentFacts {
  let facts = documentFacts.get(document);
  if (!facts) {
    facts = {
      measured: new Map(),
      unstorableLiteral: findUnstorableLiteral(document),
      complexity: new Map(),
    };
    documentFacts.set(document, facts);
  }
  return facts;
}

export function queryLimitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
): ApolloServerPlugin<LimitedContext> {
  const complexityOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ) => {
    const facts = factsOf(document);
    // Only short keys are kept: a mutation's variables (long texts) differ every time and are not worth holding.
    const key = JSON.stringify([operationName ?? null, variables]);
    const cacheable = key.length <= MAX_CACHED_KEY_LENGTH;
    let complexity = cacheable ? facts.complexity.get(key) : undefined;
    if (complexity === undefined) {
      complexity = getComplexity({
        schema,
        query: document,
        operationName,
        variables,
        estimators: [fieldExtensionsEstimator(), listEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
      if (cacheable) {
        if (facts.complexity.size >= MAX_COMPLEXITIES_PER_DOCUMENT) facts.complexity.clear();
        facts.complexity.set(key, complexity);
      }
    }
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const facts = factsOf(document);
          const operationKey = operation.name?.value ?? '';
          let measured = facts.measured.get(operationKey);
          if (!measured) facts.measured.set(operationKey, (measured = measure(document, operation)));
          const { depth, fields } = measured;
          if (depth > limits.maxQueryDepth) {
            throw refuse(
              'QUERY_TOO_DEEP',
              `Query depth ${depth} exceeds the maximum of ${limits.maxQueryDepth}.`,
            );
          }
          if (fields > limits.maxFields) {
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `Query selects ${fields} fields; the maximum is ${limits.maxFields}.`,
            );
          }
          const unstorable =
            findUnstorableText(request.variables ?? {}, 'variables') ?? facts.unstorableLiteral;
          if (unstorable) {
            throw refuse(
              'BAD_USER_INPUT',
              `Text at "${unstorable}" contains a NUL character or an unpaired surrogate, which cannot be stored.`,
            );
          }
          let complexity: number;
          try {
            complexity = complexityOf(document, request.operationName ?? undefined, request.variables ?? {});
          } catch (error) {
            throw complexityFailure(error);
          }
          if (complexity > limits.maxQueryComplexity) {
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `Query complexity ${complexity} exceeds the maximum of ${limits.maxQueryComplexity}; ask for smaller pages or fewer fields.`,
            );
          }
          if (operation.operation === 'mutation') {
            const em = contextValue.dataSource.manager;
            const checks = [
              hit(em, `mutations:ip:${contextValue.ip}`, 60).then(
                (w) => [w, limits.mutationsPerMinutePerIp] as const,
              ),
            ];
            if (contextValue.user) {
              checks.push(
                hit(em, `mutations:user:${contextValue.user.id}`, 60).then(
                  (w) => [w, limits.mutationsPerMinutePerUser] as const,
                ),
              );
            }
            // PostgreSQL gone here is a 503 said as such, not an error Apollo has to make sense of: it keeps only
            // the message of a thrown value that is not an Error of its own realm.
            const windows = await Promise.all(checks).catch((error: unknown) => {
              throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
            });
            for (const [window, max] of windows) {
              if (window.hits > max) {
                throw new GraphQLError(`Too many changes; try again in ${window.retryAfterSeconds} s.`, {
                  extensions: {
                    code: 'RATE_LIMITED',
                    retryAfterSeconds: window.retryAfterSeconds,
                    http: { status: 429 },
                  },
                });
              }
            }
          }
        },
      };
    },
  };
}
