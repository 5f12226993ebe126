import {
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

const namesByOperation = new WeakMap<OperationDefinitionNode, Set<string>>();

/**
 * Whether the operation selects a field of one of these names anywhere (in
 * its own selections or any fragment). A cheap, conservative test for leaving
 * out a costly column: it may say yes for a field of the same name elsewhere,
 * never no for one that is selected. Computed once per parsed operation.
 */
export function operationSelectsAny(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  let selected = namesByOperation.get(info.operation);
  if (!selected) {
    const found = new Set<string>();
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) found.add(selection.name.value);
        if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
      }
    };
    visit(info.operation.selectionSet);
    for (const fragment of Object.values(info.fragments)) visit(fragment.selectionSet);
    namesByOperation.set(info.operation, found);
    selected = found;
  }
  return names.some((name) => selected.has(name));
}

const fieldsByPath = new WeakMap<OperationDefinitionNode, Map<string, ReadonlySet<string>>>();

/** Where the field being resolved is in the response, list indices left out: `search` or `events.organisers`. */
function responsePath(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = info.path; at; at = at.prev) {
    if (typeof at.key === 'string') keys.push(at.key);
  }
  return keys.reverse().join('.');
}

/**
 * The names of the fields selected at `path` below the field being resolved
 * (through fragments and inline fragments, whatever their type condition and
 * directives: a superset, never a subset). `selectedFieldsAt(info, ['hits',
 * 'guide'])` in `search` gives what a hit's guide shows. Computed once per
 * parsed operation, place in the response and path.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  // Per operation and place in the response: one document may hold several operations sharing fragments.
  const key = `${responsePath(info)}>${path.join('.')}`;
  let byPath = fieldsByPath.get(info.operation);
  const cached = byPath?.get(key);
  if (cached) return cached;
  const fieldsIn = (sets: (SelectionSetNode | undefined)[]) => {
    const fields: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) fields.push(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    sets.forEach(visit);
    return fields;
  };
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    sets = fieldsIn(sets)
      .filter((field) => field.name.value === name)
      .map((field) => field.selectionSet);
  }
  const names = new Set(fieldsIn(sets).map((field) => field.name.value));
  if (!byPath) fieldsByPath.set(info.operation, (byPath = new Map()));
  byPath.set(key, names);
  return names;
}
