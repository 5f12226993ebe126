import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  DirectiveLocation,
  getNamedType,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  isCompositeType,
  isUnionType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Directive } from 'type-graphql';

/** How long shared caches (a CDN, the browser) may keep public reference data. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'Who may cache a response: any cache (PUBLIC) or only the client (PRIVATE).',
  values: {
    PUBLIC: { description: 'Shared caches may keep it.' },
    PRIVATE: { description: 'Only the client that asked may keep it.' },
  },
});

/**
 * Apollo Server's cache hint: a response is cacheable for the shortest
 * maxAge of the fields it contains, and `no-store` as soon as one field
 * (anything personal or signed-in) has none.
 */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: "Cache hint for Apollo Server's cache-control header.",
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds a cache may keep it.' },
    scope: { type: CacheControlScope, description: 'Who may cache it.' },
    inheritMaxAge: { type: GraphQLBoolean, description: "Take the parent field's maxAge." },
  },
});

/** Marks an object type as public reference data (the same for everyone, changing rarely). */
export const PublicReference = () => Directive(`@cacheControl(maxAge: ${PUBLIC_MAX_AGE_SECONDS})`);

interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

/** Shortest maxAge wins; PRIVATE wins over PUBLIC (Apollo's CachePolicy.restrict). */
function restrict(policy: CacheHint, hint: CacheHint) {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) {
    policy.maxAge = hint.maxAge;
  }
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): CacheHint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments!.find((a) => a.name.value === name)?.value;
  const maxAge = argument('maxAge');
  const scope = argument('scope');
  const inherit = argument('inheritMaxAge');
  const scopeName =
    scope?.kind === Kind.ENUM && (scope.value === 'PUBLIC' || scope.value === 'PRIVATE')
      ? scope.value
      : undefined;
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope: scopeName };
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope: scopeName };
}

const typeHint = (type: GraphQLCompositeType): CacheHint =>
  hintOf(type.astNode?.directives) ??
  type.extensionASTNodes.map((node) => hintOf(node.directives)).find(Boolean) ??
  {};

/**
 * The cache policy of an operation, from its document alone: the rules of
 * Apollo's cache-control plugin (a field's hint, else its composite return
 * type's; a composite or root field without one is uncacheable) applied to
 * every field the operation selects. Apollo applies them to each field as it
 * resolves, which wraps every resolver; no resolver here sets a dynamic hint,
 * so the document decides and the answer is computed once per document. Where
 * the two could differ (fields under a null or empty parent, fragments on
 * types that did not occur, @skip/@include) the static policy counts the field
 * anyway, so it is never more permissive than Apollo's.
 */
function operationPolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CacheHint {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const policy: CacheHint = {};
  const visit = (
    parent: GraphQLNamedType | undefined,
    selections: SelectionSetNode,
    root: boolean,
    seen: Set<string>,
  ) => {
    if (!parent || !isCompositeType(parent)) return;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        visit(type, selection.selectionSet, root, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        visit(type, fragment.selectionSet, root, new Set([...seen, fragment.name.value]));
        continue;
      }
      // Meta fields (__typename, introspection) are not wrapped by Apollo's plugin either.
      if (selection.name.value.startsWith('__') || isUnionType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const target = getNamedType(field.type);
      const composite = isCompositeType(target);
      const fieldPolicy: CacheHint = {};
      let inheritMaxAge = false;
      if (composite) {
        const hint = typeHint(target);
        Object.assign(fieldPolicy, definedOf(hint));
        inheritMaxAge = Boolean(hint.inheritMaxAge);
      }
      const fieldHint = hintOf(field.astNode?.directives) ?? {};
      if (fieldHint.inheritMaxAge && fieldPolicy.maxAge === undefined) {
        inheritMaxAge = true;
        if (fieldHint.scope) fieldPolicy.scope = fieldHint.scope;
      } else {
        Object.assign(fieldPolicy, definedOf(fieldHint));
      }
      if (fieldPolicy.maxAge === undefined && ((composite && !inheritMaxAge) || root))
        restrict(fieldPolicy, { maxAge: 0 });
      restrict(policy, fieldPolicy);
      if (composite && selection.selectionSet) visit(target, selection.selectionSet, false, seen);
    }
  };
  const rootType = schema.getRootType(operation.operation);
  visit(rootType ?? undefined, operation.selectionSet, true, new Set());
  return policy;
}

/** `replace` of Apollo's CachePolicy: only the defined parts of a hint. */
const definedOf = (hint: CacheHint): CacheHint => ({
  ...(hint.maxAge !== undefined ? { maxAge: hint.maxAge } : {}),
  ...(hint.scope !== undefined ? { scope: hint.scope } : {}),
});

/**
 * Sets `Cache-Control` as Apollo's cache-control plugin would
 * (`max-age=N, public|private` for a cacheable answer without errors, else
 * `no-store`), from a policy computed once per parsed document. Install with
 * Apollo's own plugin disabled.
 */
export function documentCacheControlPlugin<TContext extends BaseContext>(
  schema: GraphQLSchema,
): ApolloServerPlugin<TContext> {
  const policies = new WeakMap<OperationDefinitionNode, CacheHint>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ document, operation, response }) {
          let policy: CacheHint = {};
          if (document && operation) {
            policy = policies.get(operation) ?? operationPolicy(schema, document, operation);
            policies.set(operation, policy);
          }
          const cacheable = policy.maxAge !== undefined && policy.maxAge > 0;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          // Nothing earlier sets Cache-Control on a GraphQL answer, so there is no header of its own to respect.
          if (cacheable && response.body.kind === 'single' && !errors) {
            response.http.headers.set(
              'cache-control',
              `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`,
            );
          } else {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
