import { expect, type APIRequestContext } from '@playwright/test';
import { gql } from './graphql.js';

/**
 * A small college that tests/auth.setup.ts imports once per run, with one person of every role
 * that follows from the roster (support/auth.ts has their accounts). Every run starts on an empty
 * database, so the codes are fixed; tests that change data create their own colleges instead.
 *
 * 计算机学院 (CS): two undergraduate classes and dorms; two graduate classes, both with the
 * counselor 王老师, and a graduate dorm. 张伟 is the committee member of 计算机本科一班,
 * 杨帆 the officer of the graduate dorm 研究生楼 201.
 */
export const SAMPLE = {
  college: { code: 'CS', name: '计算机学院' },
  counselorStaffNo: 'TCS001',
  committee: { studentNo: '2400000002', name: '张伟', classCode: 'CS-U1' },
  officer: { studentNo: '2400000012', name: '杨帆', dormCode: 'CS-GD1' },
  undergraduateClasses: ['CS-U1', 'CS-U2'],
  graduateClasses: ['CS-G1', 'CS-G2'],
} as const;

/** YYYY-MM-DD some days back, in the school's time zone. */
function daysAgo(n: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - n * 86_400_000));
}

const FILES: [string, string[]][] = [
  ['COLLEGES', ['code,name', 'CS,计算机学院']],
  ['STAFF', ['staff_no,name,college_code', 'TCS001,王老师,CS']],
  [
    'CLASSES',
    [
      'code,name,college_code,level,grade,counselor_staff_no',
      'CS-U1,计算机本科一班,CS,UNDERGRADUATE,2024,',
      'CS-U2,计算机本科二班,CS,UNDERGRADUATE,2024,',
      'CS-G1,计算机研究生一班,CS,GRADUATE,2024,TCS001',
      'CS-G2,计算机研究生二班,CS,GRADUATE,2024,TCS001',
    ],
  ],
  [
    'DORMITORIES',
    [
      'code,building,room,college_code,level',
      'CS-UD1,一号楼,101,CS,UNDERGRADUATE',
      'CS-UD2,一号楼,102,CS,UNDERGRADUATE',
      'CS-GD1,研究生楼,201,CS,GRADUATE',
    ],
  ],
  [
    'STUDENTS',
    [
      'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
      '2400000001,李明,M,CS-U1,CS-UD1,ENROLLED,true',
      '2400000002,张伟,M,CS-U1,CS-UD1,ENROLLED,false',
      '2400000003,王芳,F,CS-U2,CS-UD2,ENROLLED,true',
      '2400000004,刘洋,M,CS-U2,CS-UD2,ENROLLED,false',
      '2400000011,陈静,F,CS-G1,CS-GD1,ENROLLED,true',
      '2400000012,杨帆,M,CS-G2,CS-GD1,ENROLLED,false',
    ],
  ],
  ['COMMITTEE_MEMBERS', ['class_code,student_no,appointed_on,attests_service,attests_wellbeing', `CS-U1,2400000002,${daysAgo(30)},true,true`]],
  ['DORM_OFFICERS', ['dorm_code,student_no,appointed_on', `CS-GD1,2400000012,${daysAgo(30)}`]],
];

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { errors { row column message } } }';

/** Imports the sample college (as the school administrator's `request`). */
export async function importSample(request: APIRequestContext): Promise<void> {
  for (const [kind, lines] of FILES) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(request, IMPORT, { kind, csv: lines.join('\n') });
    expect(data.importRoster.errors, kind).toEqual([]);
  }
}
