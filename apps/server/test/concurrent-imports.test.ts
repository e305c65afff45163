import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const ROUNDS = 20;

describe.each(ENGINES)('identical imports at the same moment on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    // One class and one dorm per round, each with two students.
    const n = Array.from({ length: ROUNDS }, (_, i) => i);
    expect((await importCsv(s, 'CLASSES', `code,name,college_code,level,grade,counselor_staff_no\n${n.map((i) => `CC${i},并发${i}班,CS,UNDERGRADUATE,2025,`).join('\n')}\n`)).errors).toEqual([]);
    expect((await importCsv(s, 'DORMITORIES', `code,building,room,college_code,level\n${n.map((i) => `CD${i},8号楼,${i},CS,UNDERGRADUATE`).join('\n')}\n`)).errors).toEqual([]);
    const students = n.flatMap((i) => [0, 1].map((k) => `20259${String(i).padStart(3, '0')}${k}0,并发${i}-${k},女,CC${i},CD${i},ENROLLED`));
    expect((await importCsv(s, 'STUDENTS', `student_no,name,gender,class_code,dorm_code,status\n${students.join('\n')}\n`)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  it('the second of two identical one-row imports reports unchanged, every time', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const csv = `class_code,student_no,appointed_on\nCC${i},20259${String(i).padStart(3, '0')}00,2025-11-01\n`;
      const both = await Promise.all([importCsv(s, 'COMMITTEE_MEMBERS', csv), importCsv(s, 'COMMITTEE_MEMBERS', csv)]);
      expect(both.map((r) => r.errors)).toEqual([[], []]);
      expect(both.map((r) => `${r.created}/${r.unchanged}`).sort()).toEqual(['0/1', '1/0']);
    }
    const [row] = await s.sql<{ n: number }>(`select count(*) as n from committee_appointment a join class_group c on c.id = a.class_group_id where c.code like 'CC%' and a.ended_on is null`);
    expect(Number(row!.n)).toBe(ROUNDS);
  });

  it('of two different officers for one dorm at the same moment, one is appointed and the other refused', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const csv = (k: number) => `dorm_code,student_no,appointed_on\nCD${i},20259${String(i).padStart(3, '0')}${k}0,2025-11-01\n`;
      const both = await Promise.all([importCsv(s, 'DORM_OFFICERS', csv(0)), importCsv(s, 'DORM_OFFICERS', csv(1))]);
      expect(both.map((r) => r.created).sort()).toEqual([0, 1]);
      const refused = both.find((r) => r.created === 0)!;
      expect(refused.errors[0]?.message).toMatch(/already has an information officer/);
    }
    const [row] = await s.sql<{ n: number }>(`select count(*) as n from dorm_officer_appointment a join dormitory d on d.id = a.dormitory_id where d.code like 'CD%' and a.ended_on is null`);
    expect(Number(row!.n)).toBe(ROUNDS);
  });
});
