import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFieldNames } from '../../src/schema/selection.ts';

/** The parts of a resolver's info that selectedFieldNames reads, for the first root field of `source`. */
function infoFor(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFieldNames', () => {
  it('names the fields selected directly, through inline and named fragments, but not their sub-fields', () => {
    const info = infoFor(
      '{ classifyEmail { category ... on Classification { company interview { start } } ...More } } fragment More on Classification { offer { currency } ...More }',
    );
    expect([...selectedFieldNames(info)].sort()).toEqual(['category', 'company', 'interview', 'offer']);
  });

  it('reads every node of a field selected twice under one name', () => {
    const document = parse('{ classifyEmail { category } classifyEmail { jobTitle } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const info = { fieldNodes: operation.selectionSet.selections as FieldNode[], fragments: {} } as unknown as GraphQLResolveInfo;
    expect([...selectedFieldNames(info)].sort()).toEqual(['category', 'jobTitle']);
  });
});
