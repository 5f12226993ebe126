import { Kind, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

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
