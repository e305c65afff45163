// Lint for the whole repository. Besides the usual checks, it keeps the layers apart:
//   domain -> nothing of ours; schema -> domain only (no MikroORM); dashboard -> nothing of ours
//   (its types come from schema.graphql by codegen); dashboard features do not import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync(new URL('./apps/dashboard/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const NOT_SERVER = { group: ['**/apps/server/**', '**/server/src/**'], message: 'The dashboard never imports server code.' };
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ours = (except = []) => ({ group: ['@carenet/*', ...except.map((e) => `!${e}`)], message: 'This layer may not import that package (see docs/decisions.md, layers).' });
const noRelativeOut = (depth) => ({
  group: [`${'../'.repeat(depth + 1)}*`],
  message: 'Dashboard features do not import each other: move shared code to components/ or lib/.',
});

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'apps/dashboard/src/gql/**', 'e2e/test-results/**', 'e2e/playwright-report/**', 'e2e/.auth/**', '**/*.tmp.*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and GraphQL results are loosely typed at the edges; the contract is checked by codegen and tsc.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['apps/dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Named exports only, except where a tool requires a default export (config files).
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.config.{ts,mts}', '**/codegen.ts', 'e2e/support/global-teardown.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  { files: ['packages/domain/**/*.ts'], rules: restrict([ours(), { group: ['@mikro-orm/*', 'graphql', 'type-graphql', 'express', 'node:*', 'fs', 'path'], message: 'domain is pure: no I/O, no frameworks.' }]) },
  { files: ['packages/schema/**/*.ts'], rules: restrict([ours(['@carenet/domain']), { group: ['@mikro-orm/*'], message: 'schema is the contract: no database.' }]) },
  { files: ['apps/dashboard/**/*.{ts,tsx}'], rules: restrict([ours(), NOT_SERVER]) },
  ...FEATURES.flatMap((f) =>
    [0, 1, 2, 3].map((depth) => ({
      files: [`apps/dashboard/src/features/${f}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: restrict([
        ours(),
        NOT_SERVER,
        { group: ['@/features/*', `!@/features/${f}`, `!@/features/${f}/**`], message: 'Dashboard features do not import each other: move shared code to components/ or lib/.' },
        noRelativeOut(depth),
      ]),
    })),
  ),
);
