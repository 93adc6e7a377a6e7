/** Writes schema.graphql from the code; `npm test` fails when the checked-in copy is stale. */
import { writeFileSync } from 'node:fs';
import { printSchemaFile, schemaFilePath } from '../src/schema/print.ts';

writeFileSync(schemaFilePath, printSchemaFile());
console.log(`wrote ${schemaFilePath}`);
