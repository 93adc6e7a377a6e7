import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the tests (and any TypeScript client) from the printed schema. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
