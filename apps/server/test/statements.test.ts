import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const COVERAGE = `{ networkCoverage(level: UNDERGRADUATE) { total { classes } colleges { collegeCode classes classesCovered dormitories } } }`;
const ROSTER = `{ roster(collegeCode: "CS", level: UNDERGRADUATE) { summary { classes } classes { classGroup { code counselor { name } } committeeMembers { student { name } } } dormitories { officer { student { name } } suggestedOfficer { name } } workingGroup { staff { name } } workstation { room } } }`;

const METRICS = [
  `{ coverageHistory(level: UNDERGRADUATE, from: "2024-09-01", to: "2024-12-01") { points { classes classesCovered dormitoriesCovered } } }`,
  `{ trainingCompletion(level: UNDERGRADUATE, semester: "2024-2025-1") { total { trainees completed } colleges { collegeCode trainees completed } } }`,
  `{ screeningFollowUp(level: UNDERGRADUATE, semester: "2024-2025-1") { total { screened } colleges { collegeCode screened overdue } } }`,
];

/** More colleges, classes, dorms and students, so counts can be compared before and after. */
function growth(n: number): [string, string][] {
  const cols = Array.from({ length: n }, (_, i) => `X${i}`);
  return [
    ['COLLEGES', `code,name\n${cols.map((c) => `${c},学院${c}`).join('\n')}\n`],
    ['CLASSES', `code,name,college_code,level,grade\n${cols.flatMap((c) => [1, 2, 3].map((k) => `${c}-U${k},班${k},${c},UNDERGRADUATE,2024`)).join('\n')}\n`],
    ['CLASSES', `code,name,college_code,level,grade\n${[4, 5, 6, 7].map((k) => `CS-U${k},计科${k}班,CS,UNDERGRADUATE,2024`).join('\n')}\n`],
    [
      'STUDENTS',
      `student_no,name,gender,class_code,status\n${cols
        .flatMap((c, i) => [1, 2, 3].map((k) => `2024${String(i).padStart(3, '0')}${String(k).padStart(3, '0')},学生,M,${c}-U${k},ENROLLED`))
        .concat([4, 5, 6, 7].map((k) => `2028${String(k).padStart(6, '0')},学生,F,CS-U${k},ENROLLED`))
        .join('\n')}\n`,
    ],
  ];
}

describe.each(ENGINES)('SQL statements per operation on %s', (engine) => {
  let s: TestServer;
  let metrics: Client;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    const d = await s.ok<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "m", scopes: [METRICS_READ] }) { token } }`);
    metrics = s.as(d.createApiToken.token);
    await metrics.ok(COVERAGE); // the first use of a token also records its last use
  });
  afterAll(() => s?.close());

  const count = async (c: Client, q: string) => {
    const before = s.statements();
    await c.ok(q);
    return s.statements() - before;
  };

  it('networkCoverage, the other metrics, the roster and students do not grow with colleges, classes or page size', async () => {
    const coverage = await count(metrics, COVERAGE);
    const roster = await count(s, ROSTER);
    const page2 = await count(s, '{ students(first: 2) { edges { node { studentNo className dormCode } } } }');
    const page8 = await count(s, '{ students(first: 8) { edges { node { studentNo className dormCode } } } }');
    expect(page8).toBe(page2);
    // Every other metric operation too (METRICS_READ, as other tools call them).
    const others: [string, number][] = [];
    for (const q of METRICS) others.push([q, await count(metrics, q)]);
    for (const [kind, csv] of growth(12)) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    const r = await metrics.ok<{ networkCoverage: { colleges: unknown[] } }>(COVERAGE);
    expect(r.networkCoverage.colleges.length).toBe(14);
    expect(await count(metrics, COVERAGE)).toBe(coverage);
    expect(await count(s, ROSTER)).toBe(roster);
    for (const [q, before] of others) expect([q, await count(metrics, q)]).toEqual([q, before]);
    // networkCoverage itself is one aggregate statement, plus the API-token lookup.
    expect(coverage).toBeLessThanOrEqual(2);
  });
});
