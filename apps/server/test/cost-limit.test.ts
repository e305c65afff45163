import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/app.js';
import { operationCost } from '../src/common/cost-limit.js';

const ROOT = new URL('../../..', import.meta.url).pathname;
const schema = buildSchema(readFileSync(join(ROOT, 'packages/schema/schema.graphql'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

// Every GraphQL document the dashboard sends (gql`` or codegen's graphql(``)); fragments are resolved by name below.
const documents = sources(join(ROOT, 'apps/dashboard/src')).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:gql|graphql\(\s*)`([^`]*)`/g)].map((m) => ({ file, doc: parse((m[1] as string).replace(/\$\{[^}]*\}/g, '')) })),
);
const fragments = documents.flatMap((d) => d.doc.definitions.filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION));
const operations = documents.flatMap((d) =>
  d.doc.definitions.filter((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION).map((op) => ({ file: d.file, op })),
);

describe('the cost limit', () => {
  it('finds the dashboard operations', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  // The largest page a dashboard list asks for is 500: every screen must stay under the limit with it.
  it.each(operations.map((o) => [o.op.name?.value ?? '(anonymous)', o] as const))('lets the dashboard run %s', (_name, { op }) => {
    const variables = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.variable.name.value === 'first' ? 500 : null]));
    expect(operationCost(schema, op, fragments, variables)).toBeLessThanOrEqual(LIMITS.cost);
  });
});
