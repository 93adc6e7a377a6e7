import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, schemaFilePath } from '../../src/schema/print.ts';

describe('schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema` and `npm run codegen` after changing it)', () => {
    expect(readFileSync(schemaFilePath, 'utf8')).toBe(printSchemaFile());
  });
});
