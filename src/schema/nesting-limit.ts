import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js parses recursively: a document nested a few thousand brackets deep overflows the stack
 * before the token limit is reached (each level costs only two tokens). This scans the tokens flatly
 * first and refuses a document nested deeper than any real query, before the parser sees it.
 */
export const MAX_DOCUMENT_NESTING = 100;

const OPENERS = new Set<string>([TokenKind.BRACE_L, TokenKind.PAREN_L, TokenKind.BRACKET_L]);
const CLOSERS = new Set<string>([TokenKind.BRACE_R, TokenKind.PAREN_R, TokenKind.BRACKET_R]);

/** Throws a syntax error when brackets nest deeper than `max`; stops looking after `maxTokens` tokens (the token limit reports those). */
export function checkDocumentNesting(source: string, max = MAX_DOCUMENT_NESTING, maxTokens = 10_000): void {
  const lexer = new Lexer(new Source(source));
  let depth = 0;
  try {
    for (let count = 0; count < maxTokens; count++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) return;
      if (OPENERS.has(token.kind) && ++depth > max) throw new NestingLimitError(max);
      if (CLOSERS.has(token.kind)) depth--;
    }
  } catch (error) {
    if (error instanceof NestingLimitError) throw new GraphQLError(`Syntax Error: ${error.message}`);
    // A lexical error: the parser reports it properly.
  }
}

class NestingLimitError extends Error {
  constructor(max: number) {
    super(`Nesting limit of ${max} brackets exceeded.`);
  }
}

/** Wraps whatever parse function the earlier plugins set (list it after the token limit). */
export function useDocumentNestingLimit(max = MAX_DOCUMENT_NESTING): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        checkDocumentNesting(typeof source === 'string' ? source : source.body, max);
        return parseFn(source, options);
      });
    },
  };
}
