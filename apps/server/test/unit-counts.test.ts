import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { openOrm } from '../src/db/orm.js';
import { findEdgeDrift, findUnitDrift, repairUnitCounts } from '../src/modules/metrics/unit-counts.js';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const APPOINT_DO = `mutation($i: AppointDormOfficerInput!) { appointDormOfficer(input: $i) { id } }`;
const END_CM = `mutation($i: EndAppointmentInput!) { endCommitteeMember(input: $i) { id active } }`;

/** The kept counts of some units, as "enrolled/posts" by code. */
async function kept(s: TestServer, codes: string[]): Promise<Record<string, string>> {
  const rows = await s.sql<{ code: string; enrolled_count: number; active_posts: number }>(
    `select code, enrolled_count, active_posts from class_group union all select code, enrolled_count, active_posts from dormitory`,
  );
  return Object.fromEntries(rows.filter((r) => codes.includes(r.code)).map((r) => [r.code, `${Number(r.enrolled_count)}/${Number(r.active_posts)}`]));
}

const UNITS = ['CS-U1', 'CS-U2', 'CS-G1', 'D101', 'D102', 'D301'];

describe.each(ENGINES)('kept per-unit counts on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  // The kept coverage edges (coverage history) follow the same writes.
  const noDrift = async () => {
    expect((await findUnitDrift(s.em())).drift).toEqual([]);
    expect((await findEdgeDrift(s.em())).drift).toEqual([]);
  };

  it('follow every kind of write, whatever path makes it', async () => {
    // After the roster: CS-U1 has 3 enrolled and 2 members; 学生五 of CS-U2 is suspended.
    expect(await kept(s, UNITS)).toEqual({ 'CS-U1': '3/2', 'CS-U2': '1/0', 'CS-G1': '2/0', D101: '2/1', D102: '2/0', D301: '1/0' });
    await noDrift();

    await s.ok(APPOINT_DO, { i: { dormCode: 'D102', studentNo: '2023000003' } });
    expect((await kept(s, ['D102'])).D102).toBe('2/1');
    await noDrift();

    const [cm] = await s.sql<{ id: number }>(
      `select a.id from committee_appointment a join student st on st.id = a.student_id where st.student_no = '2023000002' and a.ended_on is null`,
    );
    await s.ok(END_CM, { i: { id: String(cm!.id) } });
    expect((await kept(s, ['CS-U1']))['CS-U1']).toBe('3/1');
    await noDrift();

    // A move ends 学生一's committee and officer posts; graduating ends 学生三's officer post;
    // 学生五 comes back, to D101.
    const moved = await importCsv(
      s,
      'STUDENTS',
      'student_no,name,gender,class_code,dorm_code,status\n' +
        '2023000001,学生一,男,CS-U2,D102,ENROLLED\n' +
        '2023000003,学生三,M,CS-U1,D102,GRADUATED\n' +
        '2023000005,学生五,F,CS-U2,D101,ENROLLED\n',
    );
    expect(moved.errors).toEqual([]);
    expect(moved.appointmentsEnded).toBe(3);
    expect(await kept(s, UNITS)).toEqual({ 'CS-U1': '1/0', 'CS-U2': '3/0', 'CS-G1': '2/0', D101: '2/0', D102: '2/0', D301: '1/0' });
    await noDrift();

    expect((await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2024-11-01\nCS-U2,2023000005,2024-11-01\n')).errors).toEqual([]);
    expect((await kept(s, ['CS-U2']))['CS-U2']).toBe('3/2');
    await noDrift();

    // A write made outside the application (a DBA's fix) is counted too: a withdrawn student's post
    // stops counting even though nothing ended it.
    await s.sql(`update student set status = 'WITHDRAWN' where student_no = '2023000004'`);
    expect((await kept(s, ['CS-U2']))['CS-U2']).toBe('2/1');
    await noDrift();

    // Coverage reads the kept counts: CS-U2 is covered, CS-U1 (no member left) is not.
    const cov = await s.ok<{ networkCoverage: { colleges: { collegeCode: string; classes: number; classesCovered: number; committeeMembers: number }[] } }>(
      `{ networkCoverage(level: UNDERGRADUATE) { colleges { collegeCode classes classesCovered committeeMembers } } }`,
    );
    expect(cov.networkCoverage.colleges.find((c) => c.collegeCode === 'CS')).toEqual({ collegeCode: 'CS', classes: 2, classesCovered: 1, committeeMembers: 1 });
  });

  it('follow statements that write many posts at once, mixed active, ended and not counting', async () => {
    const id = async (sql: string) => Number((await s.sql<{ id: number }>(sql))[0]!.id);
    const [u1, u2, g1] = [await id(`select id from class_group where code = 'CS-U1'`), await id(`select id from class_group where code = 'CS-U2'`), await id(`select id from class_group where code = 'CS-G1'`)];
    const [d101, d102, d301] = [await id(`select id from dormitory where code = 'D101'`), await id(`select id from dormitory where code = 'D102'`), await id(`select id from dormitory where code = 'D301'`)];
    const no = (n: string) => id(`select id from student where student_no = '${n}'`);
    const [st1, st4, st5, sg1, sg2] = [await no('2023000001'), await no('2023000004'), await no('2023000005'), await no('S2024000001'), await no('S2024000002')];
    const now = Date.now();
    const at = engine === 'sqlite' ? now : new Date(now);
    // Free every post first, in one statement per table.
    await s.sql(`update committee_appointment set ended_on = '2024-10-30' where ended_on is null`);
    await s.sql(`update dorm_officer_appointment set ended_on = '2024-10-30' where ended_on is null`);
    await noDrift();
    // One insert of four posts: two count, one is already ended, one's holder is not in that class.
    // (After the test above: 2023000001 and 2023000005 are in CS-U2, 2023000004 has withdrawn.)
    await s.sql(
      `insert into committee_appointment (created_at, updated_at, class_group_id, student_id, slot, started_on, ended_on, attests_service, attests_wellbeing) values
       (?, ?, ?, ?, 1, '2024-11-01', null, ?, ?), (?, ?, ?, ?, 1, '2024-11-01', null, ?, ?), (?, ?, ?, ?, 2, '2024-11-01', '2024-11-05', ?, ?), (?, ?, ?, ?, 2, '2024-11-01', null, ?, ?)`,
      [at, at, u2, st1, true, true, at, at, g1, sg1, true, true, at, at, g1, sg2, true, true, at, at, u1, st5, true, true],
    );
    expect(await kept(s, ['CS-U1', 'CS-U2', 'CS-G1'])).toMatchObject({ 'CS-U2': expect.stringMatching(/\/1$/), 'CS-G1': '2/1', 'CS-U1': expect.stringMatching(/\/0$/) });
    await noDrift();
    await s.sql(
      `insert into dorm_officer_appointment (created_at, updated_at, dormitory_id, student_id, started_on) values (?, ?, ?, ?, '2024-11-01'), (?, ?, ?, ?, '2024-11-01')`,
      [at, at, d301, sg1, at, at, d102, st4],
    );
    await noDrift();
    // One update that moves a post to the class its holder is in (it starts counting), hands one to
    // another student and ends one.
    await s.sql(
      `update committee_appointment set
         class_group_id = case when student_id = ? then ? else class_group_id end,
         student_id = case when student_id = ? then ? else student_id end,
         ended_on = case when student_id = ? then '2024-11-20' else ended_on end
       where ended_on is null`,
      [st5, u2, sg1, sg2, st1],
    );
    expect(await kept(s, ['CS-U2', 'CS-G1'])).toMatchObject({ 'CS-U2': expect.stringMatching(/\/1$/), 'CS-G1': '2/1' });
    await noDrift();
    // One update that touches no column the count reads, and one delete of active and ended posts together.
    await s.sql(`update committee_appointment set attests_service = ? where class_group_id in (?, ?)`, [false, u1, g1]);
    await s.sql(`delete from committee_appointment where class_group_id in (?, ?)`, [g1, u2]);
    await s.sql(`delete from dorm_officer_appointment where dormitory_id in (?, ?, ?)`, [d101, d102, d301]);
    expect(await kept(s, ['CS-G1', 'CS-U2', 'D101', 'D102', 'D301'])).toEqual({ 'CS-G1': '2/0', 'CS-U2': expect.stringMatching(/\/0$/), D101: expect.stringMatching(/\/0$/), D102: expect.stringMatching(/\/0$/), D301: '1/0' });
    await noDrift();
  });

  it('verify reports a count that differs from its source rows, and repair recounts it', async () => {
    await s.sql(`update class_group set active_posts = active_posts + 5, enrolled_count = 0 where code = 'CS-G1'`);
    const { checked, drift } = await findUnitDrift(s.em());
    expect(checked).toBe(8);
    expect(drift).toEqual([{ kind: 'CLASS', code: 'CS-G1', keptEnrolled: 0, enrolled: 2, keptPosts: 5, posts: 0 }]);
    await repairUnitCounts(s.em());
    await noDrift();
    expect((await kept(s, ['CS-G1']))['CS-G1']).toBe('2/0');
  });

  it('stay exact under concurrent writes from two connections', async () => {
    // One connection moves a student between classes and dorms and back; the other appoints and
    // ends their posts at the same time. Each side must count what the other committed.
    const other = await openOrm(s.dbUrl);
    try {
      const id = async (sql: string) => Number((await s.sql<{ id: number }>(sql))[0]!.id);
      const student = await id(`select id from student where student_no = '2023000002'`);
      const [u1, u2] = [await id(`select id from class_group where code = 'CS-U1'`), await id(`select id from class_group where code = 'CS-U2'`)];
      const [d101, d301] = [await id(`select id from dormitory where code = 'D101'`), await id(`select id from dormitory where code = 'D301'`)];
      // The posts this student takes must be free.
      await s.sql(`update committee_appointment set ended_on = '2024-10-30' where class_group_id = ? and ended_on is null`, [u1]);
      await s.sql(`update dorm_officer_appointment set ended_on = '2024-10-30' where dormitory_id in (?, ?) and ended_on is null`, [d101, d301]);
      await s.sql(`update student set class_group_id = ?, dormitory_id = ?, status = 'ENROLLED' where id = ?`, [u1, d101, student]);
      const sleep = engine === 'postgresql' ? 'select pg_sleep(0.005)' : 'select 1';
      const move = async (i: number) => {
        await (s.em() as EntityManager).transactional(async (tx) => {
          await tx.execute(`update student set class_group_id = ?, dormitory_id = ? where id = ?`, [i % 2 ? u1 : u2, i % 2 ? d101 : d301, student]);
          await tx.execute(sleep);
        });
      };
      const em = () => other.em.fork() as EntityManager;
      const appoint = async (i: number) => {
        const now = new Date();
        await em().transactional(async (tx) => {
          await tx.execute(
            `insert into committee_appointment (created_at, updated_at, class_group_id, student_id, slot, started_on, attests_service, attests_wellbeing) values (?, ?, ?, ?, 1, '2024-11-01', ?, ?)`,
            [now, now, u1, student, true, true],
          );
          await tx.execute(`insert into dorm_officer_appointment (created_at, updated_at, dormitory_id, student_id, started_on) values (?, ?, ?, ?, '2024-11-01')`, [now, now, d101, student]);
        });
        await em().transactional(async (tx) => {
          await tx.execute(`update committee_appointment set ended_on = '2024-11-02' where student_id = ? and ended_on is null`, [student]);
          if (i % 3) await tx.execute(`update dorm_officer_appointment set ended_on = '2024-11-02' where student_id = ? and ended_on is null`, [student]);
          else await tx.execute(`delete from dorm_officer_appointment where student_id = ? and ended_on is null`, [student]);
        });
      };
      if (engine === 'postgresql') {
        const loop = async (step: (i: number) => Promise<void>) => {
          for (let i = 0; i < 25; i++) await step(i);
        };
        await Promise.all([loop(move), loop(appoint)]);
      } else {
        // SQLite has one writer, and a connection waiting for the lock blocks this process, so the
        // two connections take turns instead of overlapping.
        for (let i = 0; i < 25; i++) {
          await move(i);
          await appoint(i);
        }
      }
      await noDrift();
    } finally {
      await other.close(true);
    }
  });
});
