import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const COUNTS = 'classes classesCovered dormitories dormitoriesCovered committeeMembers dormOfficers classCoverage dormCoverage';
const LEVELS = ['UNDERGRADUATE', 'GRADUATE'] as const;

/** Rows beyond the fixture that make the edge cases of "a post counts only while…". */
const EDGES: [string, string][] = [
  ['CLASSES', 'code,name,college_code,level,grade\nFL-U2,英语2班,FL,UNDERGRADUATE,2023\nFL-G1,英语硕士1班,FL,GRADUATE,2024\n'],
  ['DORMITORIES', 'code,building,room,college_code,level\nD202,2号楼,202,FL,UNDERGRADUATE\nD302,3号楼,302,FL,GRADUATE\n'],
  [
    'STUDENTS',
    'student_no,name,gender,class_code,dorm_code,status\n' +
      '2023000010,学生十,F,FL-U2,D202,ENROLLED\n' +
      '2023000011,学生十一,M,FL-U2,D202,ENROLLED\n' +
      '2023000012,学生十二,M,FL-U1,D201,ENROLLED\n' +
      'S2024000010,研十,F,FL-G1,D302,ENROLLED\n',
  ],
  ['COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nFL-U2,2023000010,2024-10-28\nFL-U1,2023000012,2024-10-28\nFL-G1,S2024000010,2024-10-28\n'],
  ['DORM_OFFICERS', 'dorm_code,student_no,appointed_on\nD202,2023000011,2024-10-28\nD302,S2024000010,2024-10-28\n'],
  // A holder moved to another class and dorm, and a holder suspended, while holding their posts.
  ['STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000012,学生十二,M,FL-U2,D202,ENROLLED\nS2024000010,研十,F,FL-G1,D302,SUSPENDED\n'],
];

interface Row {
  collegeCode: string;
  [k: string]: unknown;
}

describe.each(ENGINES)('roster summary and networkCoverage agree on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of [...UNIVERSITY, ...EDGES]) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    // An ended appointment: FL-U2's member resigns.
    const r = await s.ok<{ roster: { classes: { classGroup: { code: string }; committeeMembers: { id: string }[] }[] } }>(
      `{ roster(collegeCode: "FL", level: UNDERGRADUATE) { classes { classGroup { code } committeeMembers { id } } } }`,
    );
    const id = r.roster.classes.find((c) => c.classGroup.code === 'FL-U2')!.committeeMembers[0]!.id;
    await s.ok(`mutation { endCommitteeMember(input: { id: "${id}", reason: RESIGNED }) { id } }`);
  });
  afterAll(() => s?.close());

  it.each(LEVELS)('for every college at %s, the roster summary equals its networkCoverage row', async (level) => {
    const cov = await s.ok<{ networkCoverage: { colleges: Row[] } }>(
      `{ networkCoverage(level: ${level}) { colleges { collegeCode ${COUNTS} collegesWithCompleteWorkingGroup collegesWithWorkstation } } }`,
    );
    const colleges = await s.ok<{ colleges: { code: string }[] }>('{ colleges { code } }');
    for (const { code } of colleges.colleges) {
      const r = await s.ok<{ roster: { summary: Record<string, unknown>; hasWorkstation: boolean; missingPositions: string[] } }>(
        `{ roster(collegeCode: "${code}", level: ${level}) { summary { ${COUNTS} } hasWorkstation missingPositions } }`,
      );
      const row = cov.networkCoverage.colleges.find((c) => c.collegeCode === code);
      const { collegeCode: _code, collegesWithCompleteWorkingGroup, collegesWithWorkstation, ...counts } = row ?? {
        collegeCode: code,
        ...Object.fromEntries(COUNTS.split(' ').map((k) => [k, 0])),
        collegesWithCompleteWorkingGroup: 0,
        collegesWithWorkstation: 0,
      };
      expect(r.roster.summary, `${code} ${level}`).toEqual(counts);
      if (row) {
        expect(r.roster.hasWorkstation, `${code} ${level}`).toBe(collegesWithWorkstation === 1);
        expect(r.roster.missingPositions.length === 0, `${code} ${level}`).toBe(collegesWithCompleteWorkingGroup === 1);
      }
    }
  });

  it('does not count ended posts, posts of students who moved away, or of suspended students', async () => {
    const u = await s.ok<{ roster: { summary: Record<string, number> } }>(`{ roster(collegeCode: "FL", level: UNDERGRADUATE) { summary { ${COUNTS} } } }`);
    // FL-U1 lost its member (moved to FL-U2), FL-U2's member resigned; D201 and D202 keep their officers.
    expect(u.roster.summary).toMatchObject({ classes: 2, classesCovered: 0, committeeMembers: 0, dormitories: 2, dormitoriesCovered: 2, dormOfficers: 2, classCoverage: 0, dormCoverage: 1 });
    const g = await s.ok<{ roster: { summary: Record<string, number> } }>(`{ roster(collegeCode: "FL", level: GRADUATE) { summary { ${COUNTS} } } }`);
    // The only graduate student is suspended: nothing is active, and 0/0 is 0.
    expect(g.roster.summary).toMatchObject({ classes: 0, classesCovered: 0, dormitories: 0, dormOfficers: 0, classCoverage: 0, dormCoverage: 0 });
  });
});
