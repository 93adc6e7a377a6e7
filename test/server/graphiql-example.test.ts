import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLE } from '../../src/graphiql-example.ts';
import { schema } from '../../src/schema/index.ts';

describe('GraphiQL opens on a ready-to-run example', () => {
  it('whose query and commented subscription are valid against the schema', () => {
    expect(validate(schema, parse(GRAPHIQL_EXAMPLE))).toEqual([]);
    const subscription = GRAPHIQL_EXAMPLE.split('\n')
      .filter((line) => line.startsWith('# subscription') || line.startsWith('#   ') || line === '# }')
      .map((line) => line.slice(2))
      .join('\n');
    expect(subscription).toContain('applicationStatusChanged');
    expect(validate(schema, parse(subscription))).toEqual([]);
    expect(GRAPHIQL_EXAMPLE).toContain('{"Authorization": "Bearer <token>"}');
    // That the page a browser gets carries it: test/server/http-routes.test.ts.
  });
});
