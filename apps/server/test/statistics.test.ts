import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../src/common/actor.js';
import { ANALYZE_AFTER_ROWS } from '../src/db/reads.js';
import { openServerDatabase } from '../src/db/runtime-role.js';
import { readCsv } from '../src/modules/roster-import/table-reader.js';
import { createServices } from '../src/services.js';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer, withRuntimeRole } from './harness.js';

// After a large import the planner must know the new rows at once: until autovacuum came by, the
// follow-up report at 800,000 students took 3.6 times its settled time.

const SEM = '2026-2027-1';
const IMPORT = `mutation($id: ID!, $csv: String!) { importScreeningResults(campaignId: $id, csv: $csv) { created updated errors { row column message } } }`;
const N = ANALYZE_AFTER_ROWS;
const no = (i: number) => `2025${String(i).padStart(6, '0')}`;

describe.each(ENGINES)('planner statistics after a large import on %s', (engine) => {
  let s: TestServer;
  let center: Client;
  let campaign: string;
  /** Rows the planner believes a table has (null: never analysed). */
  const plannerRows = async (table: string): Promise<number | null> => {
    if (engine === 'postgresql') {
      const [r] = await s.sql<{ n: number }>(`select reltuples as n from pg_class where relname = ?`, [table]);
      return r && Number(r.n) >= 0 ? Number(r.n) : null;
    }
    const [r] = await s.sql<{ stat: string }>(`select stat from sqlite_stat1 where tbl = ? order by idx is null desc limit 1`, [table]);
    return r ? Number(String(r.stat).split(' ')[0]) : null;
  };

  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    const students = Array.from({ length: N }, (_, i) => `${no(i)},学生${i},M,CS-U1,D101,ENROLLED,false`);
    expect((await importCsv(s, 'STUDENTS', `student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n${students.join('\n')}\n`)).errors).toEqual([]);
    await s.ok(`mutation { createUser(input: { username: "center1", password: "screening-pass-1", grants: [{ role: CENTER_STAFF }] }) { id } }`);
    center = await s.login('center1', 'screening-pass-1');
    const c = await center.ok<{ createScreeningCampaign: { id: string } }>(`mutation { createScreeningCampaign(input: { name: "PHQ-9", instrument: PHQ9, semester: "${SEM}" }) { id } }`);
    campaign = c.createScreeningCampaign.id;
  });
  afterAll(() => s?.close());

  it('a roster of 1,000 students is known to the planner as soon as the import returns', async () => {
    expect(await plannerRows('student')).toBeGreaterThanOrEqual(N);
  });

  it('1,000 screening results, their follow-ups and the kept tables are known too; a small import leaves the statistics alone', async () => {
    const head = `student_no,taken_at,${Array.from({ length: 9 }, (_, i) => `q${i + 1}`).join(',')}`;
    const flagged = (i: number, day: string) => `${no(i)},${day},3,3,3,3,0,0,0,0,0`;
    const small = await center.ok<{ importScreeningResults: { created: number } }>(IMPORT, { id: campaign, csv: [head, flagged(0, '2026-10-08')].join('\n') });
    expect(small.importScreeningResults.created).toBe(1);
    const before = await plannerRows('screening_result');
    expect(before === null || before < 1).toBe(true);
    // Every student flagged: the first result changed, 999 new, each new one with its follow-up.
    const rows = Array.from({ length: N }, (_, i) => flagged(i, i === 0 ? '2026-10-09' : '2026-10-08'));
    const r = await center.ok<{ importScreeningResults: { created: number; updated: number; errors: unknown[] } }>(IMPORT, { id: campaign, csv: [head, ...rows].join('\n') });
    expect(r.importScreeningResults).toMatchObject({ created: N - 1, updated: 1, errors: [] });
    expect(await plannerRows('screening_result')).toBeGreaterThanOrEqual(N);
    expect(await plannerRows('follow_up_class')).toBeGreaterThanOrEqual(N - 1);
  });

  it('1,000 training records are known too', async () => {
    expect(await plannerRows('module_completion')).toBeFalsy();
    const csv = ['student_no,module_code,completed_on', ...Array.from({ length: N }, (_, i) => `${no(i)},COURSEWARE,2026-10-01`)].join('\n');
    const r = await s.ok<{ importTraining: { created: number; errors: unknown[] } }>(
      `mutation($csv: String!) { importTraining(kind: MODULE_COMPLETIONS, semester: "${SEM}", csv: $csv) { created errors { row column message } } }`,
      { csv },
    );
    expect(r.importTraining).toMatchObject({ created: N, errors: [] });
    expect(await plannerRows('module_completion')).toBeGreaterThanOrEqual(N);
  });
});

describe.runIf(ENGINES.includes('postgresql'))('planner statistics when the server runs as a role that does not own the tables', () => {
  it('a roster of 1,000 students imported by the runtime role is known to the planner at once', async () => {
    await withRuntimeRole(async ({ ownerUrl, runtimeUrl, owner }) => {
      // The server's start-up with DATABASE_OWNER_URL: migrations and grants as the owner.
      const { orm } = await openServerDatabase(runtimeUrl, ownerUrl);
      // Only this import may refresh the statistics here, not autovacuum passing by.
      await owner.query('alter table student set (autovacuum_enabled = false)');
      const plannerRows = async () => Number((await owner.query(`select reltuples as n from pg_class where relname = 'student'`)).rows[0]?.n);
      expect(await plannerRows()).toBeLessThan(1);
      const importer = createServices({ timeZone: 'Asia/Shanghai' }).rosterImport;
      const students = Array.from({ length: N }, (_, i) => `${no(i)},学生${i},M,CS-U1,D101,ENROLLED,false`);
      for (const [kind, csv] of [...UNIVERSITY, ['STUDENTS', `student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n${students.join('\n')}\n`]] as [string, string][]) {
        const r = await importer.importTable(orm.em.fork() as EntityManager, SYSTEM, kind as never, readCsv(csv));
        expect(r.errors, kind).toEqual([]);
      }
      expect(await plannerRows()).toBeGreaterThanOrEqual(N);
      // The owner's function is the runtime role's only way in: it analyses tables of the schema, nothing else.
      const conn = (orm.em.fork() as EntityManager).getConnection();
      await expect(conn.execute(`select carenet_analyze(array['pg_authid'])`)).rejects.toThrow(/no table public\.pg_authid/);
      await orm.close(true);
    });
  });
});
