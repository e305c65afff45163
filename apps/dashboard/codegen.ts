import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every graphql() call in src, from the printed contract.
// CODEGEN_OUT_DIR lets the drift check (scripts/codegen-check.mjs) generate elsewhere.
const outDir = process.env.CODEGEN_OUT_DIR ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    [outDir]: {
      preset: 'client',
      presetConfig: {
        // Components read fields straight from the operation result, as before.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // A runtime object per enum, so lists of values need no hand-written copy.
        enumType: 'const',
        scalars: { DateTimeISO: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
