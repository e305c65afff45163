import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/schema.js';

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
});
