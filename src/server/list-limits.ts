import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { BadUserInputError } from '../schema/errors.ts';
import { MAX_LIST_ITEMS } from './limits.ts';

/**
 * No list in a request may hold more than MAX_LIST_ITEMS items: a million enum values in one
 * argument cost seconds of coercion and database work. Literals are checked by a validation rule
 * (before anything runs); variables, which validation never sees, before execution starts.
 */
export function maxListItemsRule(max = MAX_LIST_ITEMS) {
  return (context: ValidationContext): ASTVisitor => ({
    ListValue(node) {
      if (node.values.length > max) {
        context.reportError(
          new GraphQLError(`List limit of ${max} items exceeded, found ${node.values.length}`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  });
}

/** The path of the first list in `value` longer than `max`, or null. Objects nest at most as deep as the input types. */
export function overlongListIn(value: unknown, max: number, path: string, depth = 0): { path: string; length: number } | null {
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    if (value.length > max) return { path, length: value.length };
    for (let i = 0; i < value.length; i++) {
      const found = overlongListIn(value[i], max, `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = overlongListIn(item, max, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

function variablesError(variables: unknown, max: number): GraphQLError | null {
  const found = overlongListIn(variables, max, '');
  return found ? new BadUserInputError(`at most ${max} items in a list, got ${found.length}`, found.path) : null;
}

/** An envelop plugin: the validation rule for literals, and the same bound on variables of queries, mutations and subscriptions. */
export function useMaxListItems(max = MAX_LIST_ITEMS) {
  const rule = maxListItemsRule(max);
  return {
    onValidate({ addValidationRule }: { addValidationRule(rule: (context: ValidationContext) => ASTVisitor): void }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }: StopHook) {
      const error = variablesError(args.variableValues, max);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }: StopHook) {
      const error = variablesError(args.variableValues, max);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

interface StopHook {
  args: { variableValues?: unknown };
  setResultAndStopExecution(result: { errors: GraphQLError[] }): void;
}
