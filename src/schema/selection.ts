import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the field being resolved selects, directly or through fragments (one
 * level: the sub-selections of those fields are not read). Ignores @skip/@include: asking for a field
 * it then skips costs only the work, never a wrong answer.
 */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        collect(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet);
  return names;
}

/** Whether the field being resolved selects `name` directly or through fragments (see selectedFieldNames). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFieldNames(info).has(name);
}
