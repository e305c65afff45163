import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { createSchema, printedSchema, SCHEMA_FILE } from '../src/schema.js';

describe('the public contract', () => {
  it('packages/schema/schema.graphql is what the code serves (run `npm run cli -- print-schema` after changing it)', async () => {
    expect(await printedSchema()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('keeps the operation names of SPEC.md §7', async () => {
    const sdl = await printedSchema();
    for (const f of ['networkCoverage(level: NetworkLevel!): CoverageReport!', 'importRoster(', 'students(', 'me: User']) {
      expect(sdl).toContain(f);
    }
  });

  it('answers plain fields by reading the property, so the compiled executor inlines them; only computed fields run a resolver', async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()];
    const resolved: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || roots.includes(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) if (field.resolve) resolved.push(`${type.name}.${field.name}`);
    }
    expect(resolved.sort()).toEqual(['Submission.changedSinceSubmission', 'Submission.history']);
  });
});
