import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const Q = `query($first: Int, $after: String, $collegeCode: String, $level: NetworkLevel, $classCode: String, $dormCode: String, $status: StudentStatus) {
  students(first: $first, after: $after, collegeCode: $collegeCode, level: $level, classCode: $classCode, dormCode: $dormCode, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { studentNo name level classCode dormCode status } }
  }
}`;
type Conn = { students: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { studentNo: string; level: string } }[] } };

describe.each(ENGINES)('students connection on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
  });
  afterAll(() => s?.close());

  it('pages through every student exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: Conn = await s.ok<Conn>(Q, { first: 3, after });
      expect(d.students.totalCount).toBe(8);
      seen.push(...d.students.edges.map((e) => e.node.studentNo));
      if (!d.students.pageInfo.hasNextPage) break;
      after = d.students.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it('filters intersect: college, level, class, dorm, status', async () => {
    const g = await s.ok<Conn>(Q, { collegeCode: 'CS', level: 'GRADUATE' });
    expect(g.students.edges.map((e) => e.node.studentNo).sort()).toEqual(['S2024000001', 'S2024000002']);
    const d = await s.ok<Conn>(Q, { dormCode: 'D102', status: 'ENROLLED' });
    expect(d.students.totalCount).toBe(2);
    const none = await s.ok<Conn>(Q, { collegeCode: 'NOPE' });
    expect(none.students).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('first defaults to 50 and more than 500 is BAD_USER_INPUT', async () => {
    const r = await s.gql(Q, { first: 501 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await s.gql(Q, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
