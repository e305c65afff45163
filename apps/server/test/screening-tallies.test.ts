import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { openOrm } from '../src/db/orm.js';
import { scopeFilter } from '../src/modules/metrics/coverage.sql.js';
import { followUpByCollegeSql, keptFollowUpByCollegeSql, keptFollowUpParams } from '../src/modules/metrics/screening.sql.js';
import { findTallyDrift, repairTallies } from '../src/modules/metrics/unit-counts.js';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

// The follow-up report reads tallies kept by database triggers. Every kind of write must keep them
// equal to what the source rows say, and the report from them equal to the one counted from the
// results (which a scope of single classes still uses).

const SEM = '2026-2027-1';
const IMPORT = `mutation($id: ID!, $csv: String!) { importScreeningResults(campaignId: $id, csv: $csv) { errors { row column message } } }`;
const PHQ_HEAD = `student_no,taken_at,${Array.from({ length: 9 }, (_, i) => `q${i + 1}`).join(',')}`;
const phq = (no: string, answers: number[]) => `${no},2026-10-08,${answers.join(',')}`;
const FLAGGED = [3, 3, 3, 3, 0, 0, 0, 0, 0];
const CALM = [1, 1, 0, 0, 0, 0, 0, 0, 0];
const LEVELS = ['UNDERGRADUATE', 'GRADUATE'] as const;

describe.each(ENGINES)('kept screening tallies on %s', (engine) => {
  let s: TestServer;
  let center: Client;
  const campaigns: string[] = [];
  const asOf = new Date('2026-12-01T00:00:00Z');
  const time = engine === 'sqlite' ? asOf.getTime() : asOf;
  const num = (rows: unknown[]) => rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, k.startsWith('college_') && k !== 'college_id' ? v : Number(v)])));

  /** No drift, and for both levels, each campaign and the semester: kept report = counted report. Returns CS undergraduate for the semester. */
  const check = async () => {
    expect((await findTallyDrift(s.em())).drift).toEqual([]);
    const f = scopeFilter({ all: true });
    let cs = '';
    for (const level of LEVELS) {
      for (const [by, key] of [...campaigns.map((c) => ['campaign', Number(c)] as const), ['semester', SEM] as const]) {
        const kept = num(await s.sql(keptFollowUpByCollegeSql(level, f, null, by), keptFollowUpParams(by, key, time)));
        const counted = num(await s.sql(followUpByCollegeSql(level, f, by), [key, key, time]));
        expect(kept).toEqual(counted);
        const row = kept.find((r) => r.college_code === 'CS');
        if (by === 'semester' && level === 'UNDERGRADUATE' && row) cs = `${row.screened} screened, ${row.flagged} flagged, ${row.pending} pending, ${row.closed} closed, ${row.overdue} overdue`;
      }
    }
    return cs;
  };

  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    await s.ok(`mutation { createUser(input: { username: "center1", password: "screening-pass-1", grants: [{ role: CENTER_STAFF }] }) { id } }`);
    center = await s.login('center1', 'screening-pass-1');
    for (const name of ['PHQ-9 一', 'PHQ-9 二']) {
      const c = await center.ok<{ createScreeningCampaign: { id: string } }>(
        `mutation { createScreeningCampaign(input: { name: "${name}", instrument: PHQ9, semester: "${SEM}" }) { id } }`,
      );
      campaigns.push(c.createScreeningCampaign.id);
    }
  });
  afterAll(() => s?.close());

  it('follow every kind of write, whatever path makes it, and give the report the results give', async () => {
    expect(await check()).toBe('0 screened, 0 flagged, 0 pending, 0 closed, 0 overdue');
    const first = [PHQ_HEAD, phq('2023000001', FLAGGED), phq('2023000003', CALM), phq('2023000004', FLAGGED), phq('2023000006', FLAGGED)].join('\n');
    expect((await center.ok<{ importScreeningResults: { errors: unknown[] } }>(IMPORT, { id: campaigns[0], csv: first })).importScreeningResults.errors).toEqual([]);
    expect(await check()).toBe('3 screened, 2 flagged, 2 pending, 0 closed, 2 overdue');

    // The second campaign screens 2023000001 again (once in the semester) and flags 2023000003.
    const second = [PHQ_HEAD, phq('2023000001', CALM), phq('2023000003', FLAGGED)].join('\n');
    expect((await center.ok<{ importScreeningResults: { errors: unknown[] } }>(IMPORT, { id: campaigns[1], csv: second })).importScreeningResults.errors).toEqual([]);
    expect(await check()).toBe('3 screened, 3 flagged, 3 pending, 0 closed, 3 overdue');

    // Follow-up steps move between statuses.
    const [fu] = await s.sql<{ id: number }>(`select f.id from follow_up f join student st on st.id = f.student_id where st.student_no = '2023000004'`);
    await center.ok(`mutation($id: ID!) { updateFollowUp(id: $id, status: IN_PROGRESS, note: "约谈") { status } }`, { id: String(fu!.id) });
    await center.ok(`mutation($id: ID!) { updateFollowUp(id: $id, status: CLOSED, note: "结案") { status } }`, { id: String(fu!.id) });
    expect(await check()).toBe('3 screened, 3 flagged, 2 pending, 1 closed, 2 overdue');

    // A move to another college's class takes the student's results and follow-ups along.
    expect((await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000003,学生三,M,FL-U1,D201,ENROLLED\n')).errors).toEqual([]);
    expect(await check()).toBe('2 screened, 2 flagged, 1 pending, 1 closed, 1 overdue');
    // ... and to a graduate class of CS: counted at the other level.
    await s.sql(`update student set class_group_id = (select id from class_group where code = 'CS-G1') where student_no = '2023000001'`);
    expect(await check()).toBe('1 screened, 1 flagged, 0 pending, 1 closed, 0 overdue');

    // A DBA's fixes are followed too: a result rescored, a result and its follow-up deleted, a
    // campaign moved to another semester.
    await s.sql(`update screening_result set flagged = ? where student_id = (select id from student where student_no = '2023000006')`, [false]);
    await check();
    const [gone] = await s.sql<{ id: number }>(`select f.id from follow_up f join student st on st.id = f.student_id where st.student_no = '2023000003'`);
    await s.sql(`delete from follow_up_step where follow_up_id = ?`, [gone!.id]);
    await s.sql(`delete from alert where follow_up_id = ?`, [gone!.id]);
    await s.sql(`delete from follow_up where id = ?`, [gone!.id]);
    await s.sql(`delete from screening_result where student_id = (select id from student where student_no = '2023000003') and campaign_id = ?`, [Number(campaigns[1])]);
    await check();
    await s.sql(`update screening_campaign set semester = '2026-2027-2' where id = ?`, [Number(campaigns[1])]);
    expect(await check()).toBe('1 screened, 1 flagged, 0 pending, 1 closed, 0 overdue');
  });

  it('verify reports tallies that differ from the source rows, and repair recounts them', async () => {
    await s.sql(`update screening_tally set screened = screened + 2 where campaign_id = ?`, [Number(campaigns[0])]);
    await s.sql(`delete from screening_semester_tally`);
    // A follow-up whose class is not kept (written with the triggers off) would drop out of the overdue count.
    const [lost] = await s.sql<{ id: number }>(`select id from follow_up order by id limit 1`);
    await s.sql(`delete from follow_up_class where follow_up_id = ?`, [lost!.id]);
    const { drift } = await findTallyDrift(s.em());
    expect(new Set(drift.map((d) => `${d.kind} ${d.side}`))).toEqual(new Set(['CAMPAIGN KEPT', 'CAMPAIGN SOURCE', 'SEMESTER SOURCE', 'FOLLOW_UP SOURCE']));
    expect(drift.find((d) => d.kind === 'FOLLOW_UP')?.followUpId).toBe(Number(lost!.id));
    await repairTallies(s.em());
    await check();
  });

  it('stay exact under concurrent writes from two connections', async () => {
    // One connection adds and removes a student's results in both campaigns (one statement each) and
    // an overdue follow-up of the flagged one; the other moves the student between colleges and
    // levels at the same time.
    const other = await openOrm(s.dbUrl);
    try {
      const id = async (sql: string) => Number((await s.sql<{ id: number }>(sql))[0]!.id);
      const student = await id(`select id from student where student_no = '2023000002'`);
      const classes = [await id(`select id from class_group where code = 'CS-U1'`), await id(`select id from class_group where code = 'FL-U1'`), await id(`select id from class_group where code = 'CS-G1'`)];
      const sleep = engine === 'postgresql' ? 'select pg_sleep(0.003)' : 'select 1';
      const results = async (i: number) => {
        const now = new Date();
        await (s.em() as EntityManager).transactional(async (tx) => {
          if (i % 2 === 0) {
            await tx.execute(
              `insert into screening_result (created_at, updated_at, campaign_id, student_id, taken_at, answers, rule_version, total, flagged, urgent, reasons)
               values (?, ?, ?, ?, ?, '[]', 'test', 12, ?, ?, '[]'), (?, ?, ?, ?, ?, '[]', 'test', 3, ?, ?, '[]')`,
              [now, now, Number(campaigns[0]), student, now, i % 4 === 0, false, now, now, Number(campaigns[1]), student, now, false, false],
            );
            if (i % 4 === 0) {
              await tx.execute(
                `insert into follow_up (created_at, updated_at, result_id, student_id, campaign_id, status, urgent, due_at)
                 select ?, ?, id, student_id, campaign_id, 'PENDING', ?, ? from screening_result where student_id = ? and campaign_id = ?`,
                [now, now, false, new Date('2026-11-01T00:00:00Z'), student, Number(campaigns[0])],
              );
            }
          } else {
            await tx.execute(`delete from follow_up where student_id = ? and campaign_id = ?`, [student, Number(campaigns[0])]);
            await tx.execute(`delete from screening_result where student_id = ?`, [student]);
          }
          await tx.execute(sleep);
        });
      };
      const moves = async (i: number) => {
        await (other.em.fork() as EntityManager).transactional(async (tx) => {
          await tx.execute(`update student set class_group_id = ? where id = ?`, [classes[i % 3], student]);
          await tx.execute(sleep);
        });
      };
      if (engine === 'postgresql') {
        const loop = async (step: (i: number) => Promise<void>) => {
          for (let i = 0; i < 30; i++) await step(i);
        };
        await Promise.all([loop(results), loop(moves)]);
      } else {
        // SQLite has one writer; a connection waiting for the lock would block this process.
        for (let i = 0; i < 30; i++) {
          await results(i);
          await moves(i);
        }
      }
      await results(0);
      await check();
      expect((await s.sql(`select 1 from screening_result where student_id = ?`, [student])).length).toBe(2);
      // The follow-up written last is counted overdue at the class the student was moved to last.
      const [fu] = await s.sql<{ kept: number; cls: number }>(`select k.class_group_id as kept, st.class_group_id as cls from follow_up f join follow_up_class k on k.follow_up_id = f.id join student st on st.id = f.student_id where f.student_id = ?`, [student]);
      expect(Number(fu!.kept)).toBe(Number(fu!.cls));
    } finally {
      await other.close(true);
    }
  });
});
