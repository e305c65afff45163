import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const SET = `mutation($input: SetSemesterInput!) { setSemester(input: $input) { code name startsOn endsOn stored version } }`;

describe.each(ENGINES)('semester calendar on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
  });
  afterAll(() => s?.close());

  it('a semester nobody set has the default dates; the administration sets its own, and coverage history follows them', async () => {
    const before = await s.ok<{ coverageHistory: { from: string; to: string } }>(`{ coverageHistory(level: UNDERGRADUATE, semester: "2024-2025-1") { from to } }`);
    expect(before.coverageHistory).toEqual({ from: '2024-09-01', to: '2025-01-31' });
    const set = await s.ok<{ setSemester: Record<string, unknown> }>(SET, {
      input: { code: '2024-2025-1', name: '2024秋季学期', startsOn: '2024-09-09', endsOn: '2025-01-12' },
    });
    expect(set.setSemester).toEqual({ code: '2024-2025-1', name: '2024秋季学期', startsOn: '2024-09-09', endsOn: '2025-01-12', stored: true, version: 1 });
    const after = await s.ok<{ coverageHistory: { from: string; to: string; points: unknown[] } }>(`{ coverageHistory(level: UNDERGRADUATE, semester: "2024-2025-1") { from to points { weekStart } } }`);
    expect(after.coverageHistory.from).toBe('2024-09-09');
    expect(after.coverageHistory.to).toBe('2025-01-12');
    const list = await s.ok<{ semesters: { code: string; stored: boolean }[] }>(`{ semesters { code stored } }`);
    expect(list.semesters).toContainEqual({ code: '2024-2025-1', stored: true });
    const audit = await s.sql(`select action, record_id from audit_event where action = 'semester.set'`);
    expect(audit).toEqual([{ action: 'semester.set', record_id: '2024-2025-1' }]);
  });

  it('refuses overlapping dates, an end before the start, a stale version and anyone but the administration', async () => {
    const overlap = await s.gql(SET, { input: { code: '2024-2025-2', name: '春', startsOn: '2025-01-10', endsOn: '2025-07-01' } });
    expect(overlap.errors?.[0]).toMatchObject({ message: 'the dates overlap semester 2024-2025-1', extensions: { code: 'BAD_USER_INPUT', field: 'startsOn' } });
    const backwards = await s.gql(SET, { input: { code: '2024-2025-2', name: '春', startsOn: '2025-07-01', endsOn: '2025-02-01' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ field: 'endsOn' });
    const stale = await s.gql(SET, { input: { code: '2024-2025-1', name: 'x', startsOn: '2024-09-09', endsOn: '2025-01-12', version: 0 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await s.ok(`mutation { createUser(input: { username: "center1", password: "center-password-1", grants: [{ role: CENTER_STAFF }] }) { id } }`);
    const center = await s.login('center1', 'center-password-1');
    const refused = await center.gql(SET, { input: { code: '2025-2026-1', name: 'x', startsOn: '2025-09-01', endsOn: '2026-01-20' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
