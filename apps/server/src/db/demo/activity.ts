import type { EntityManager } from '@mikro-orm/knex';
import { defaultSemester, defaultSemesterOf, DEFAULT_MODULE_CODES, type FollowUpStatus, NETWORK_LEVELS, transitionProblem } from '@carenet/domain';
import { SYSTEM } from '../../common/actor.js';
import { loadConfig } from '../../config.js';
import { scopeFilter } from '../../modules/metrics/coverage.sql.js';
import { traineesSql } from '../../modules/metrics/training.sql.js';
import { ClassGroupEntity, CollegeEntity } from '../../modules/org/org.entities.js';
import { readCsv } from '../../modules/roster-import/table-reader.js';
import { FollowUpEntity, FollowUpStepEntity } from '../../modules/screening/screening.entities.js';
import { createServices } from '../../services.js';
import { openOrm } from '../orm.js';
import { Random } from './generate.js';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * This semester's activity for a loaded university, through the real services: each college's
 * training sessions (some colleges short of the 2–3 target), attendance and module completions, and
 * a PHQ-9 screening with follow-ups in every state (some overdue, a few urgent). Deterministic for
 * a seed and a day. Returns how many screening results were imported and how long that took.
 */
export async function seedActivity(
  databaseUrl: string,
  today: string,
  log: (s: string) => void,
  opts: { seed?: number; screenedShare?: number } = {},
): Promise<{ results: number; importMs: number }> {
  const rng = new Random(opts.seed ?? 20261201);
  const orm = await openOrm(databaseUrl);
  try {
    const services = createServices({ timeZone: loadConfig().timeZone });
    const em = () => orm.em.fork() as EntityManager;
    const semester = defaultSemesterOf(today);
    const start = defaultSemester(semester)!.startsOn;
    const colleges = await em().find(CollegeEntity, {}, { orderBy: { code: 'asc' } });

    // ---- training ----
    let t = Date.now();
    const trainees = await em()
      .getConnection()
      .execute<{ college_id: number; student_no: string }[]>(
        `select t.college_id, s.student_no from (${NETWORK_LEVELS.map((l) => traineesSql(l, scopeFilter({ all: true }))).join(' union ')}) t join student s on s.id = t.student_id order by s.student_no`,
        [],
        'all',
      );
    const attendance: string[] = ['session_code,student_no'];
    let sessions = 0;
    for (const [i, c] of colleges.entries()) {
      // Most colleges plan 2–3 sessions; every fifth is behind with one.
      const planned = i % 5 === 4 ? 1 : 2 + rng.int(2);
      const mine = trainees.filter((x) => Number(x.college_id) === c.id).map((x) => x.student_no);
      for (let k = 1; k <= planned + 1; k++) {
        const workingGroup = k === planned + 1;
        const plannedOn = addDays(start, 21 + k * 20 + rng.int(7));
        const held = plannedOn < today && rng.chance(0.85);
        const code = `${c.code}-${semester.slice(2, 4)}${semester.slice(-1)}-${workingGroup ? 'WG' : `S${k}`}`;
        await services.training.createSession(em(), SYSTEM, {
          collegeCode: c.code,
          semester,
          code,
          title: workingGroup ? '工作组案例研讨' : ['朋辈心理辅导技能', '心理危机识别与报告', '宿舍人际关系与沟通', '情绪管理工作坊'][(i + k) % 4]!,
          levels: ['UNDERGRADUATE', 'GRADUATE'],
          audiences: workingGroup ? ['WORKING_GROUP'] : ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'],
          form: workingGroup ? 'CASE_DISCUSSION' : (['LECTURE', 'WORKSHOP', 'PRACTICE'] as const)[k % 3],
          speaker: workingGroup ? null : ['心理中心 李老师', '心理中心 王老师', '校医院 陈医生'][k % 3]!,
          place: `知行楼${300 + ((i * 7 + k) % 40)}`,
          plannedOn,
          held,
          heldOn: held ? plannedOn : null,
        });
        sessions++;
        if (held && !workingGroup) for (const no of mine) if (rng.chance(0.7)) attendance.push(`${code},${no}`);
      }
    }
    const completions: string[] = ['student_no,module_code,completed_on'];
    for (const x of trainees) {
      DEFAULT_MODULE_CODES.forEach((m, j) => {
        if (rng.chance(0.85 - j * 0.12)) completions.push(`${x.student_no},${m},${minDate(addDays(start, 14 + rng.int(40)), addDays(today, -1))}`);
      });
    }
    for (const [kind, rows] of [['SESSION_ATTENDANCE', attendance], ['MODULE_COMPLETIONS', completions]] as const) {
      const r = await services.trainingImport.importTable(em(), SYSTEM, kind, semester, readCsv(rows.join('\n')));
      if (r.errors.length) throw new Error(`demo ${kind} refused: ${r.errors.slice(0, 3).map((e) => `row ${e.row} ${e.column}: ${String(e.message)}`).join('; ')}`);
    }
    log(`  ${'TRAINING'.padEnd(18)} ${String(sessions).padStart(6)} sessions, ${attendance.length - 1} attendances, ${completions.length - 1} completions  ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // ---- screening ----
    t = Date.now();
    const campaign = await services.screening.createCampaign(em(), SYSTEM, { name: `${semester} 心理普测（PHQ-9）`, instrument: 'PHQ9', semester, followUpDays: 7 });
    const students = await em()
      .getConnection()
      .execute<{ student_no: string; class_group_id: number }[]>(`select student_no, class_group_id from student where status = 'ENROLLED' order by student_no`, [], 'all');
    // The demo counselor's first class gets an urgent result from yesterday, so the alert shows.
    const alertClass = await em().findOne(ClassGroupEntity, { college: { code: 'C01' }, counselor: { $ne: null } }, { orderBy: { code: 'asc' } });
    const rows: string[] = [`student_no,taken_at,${Array.from({ length: 9 }, (_, i) => `q${i + 1}`).join(',')}`];
    const window = Math.max(1, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${addDays(start, 14)}T00:00:00Z`)) / 86_400_000));
    let urgentPlaced = false;
    for (const s of students) {
      const forced = !urgentPlaced && alertClass && Number(s.class_group_id) === alertClass.id;
      if (!forced && !rng.chance(opts.screenedShare ?? 0.35)) continue;
      const severe = rng.chance(0.09);
      const answers = Array.from({ length: 9 }, () => (severe ? 1 + rng.int(3) : rng.chance(0.3) ? 1 : 0));
      answers[8] = forced || rng.chance(0.008) ? 1 : 0;
      if (forced) urgentPlaced = true;
      const taken = forced ? addDays(today, -1) : addDays(start, 14 + rng.int(window));
      rows.push(`${s.student_no},${minDate(taken, addDays(today, -1))} ${String(8 + rng.int(12)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')},${answers.join(',')}`);
    }
    const importStart = Date.now();
    const r = await services.screening.importResults(em(), SYSTEM, campaign.id, readCsv(rows.join('\n')));
    const importMs = Date.now() - importStart;
    if (r.errors.length) throw new Error(`demo screening refused: ${r.errors.slice(0, 3).map((e) => `row ${e.row} ${e.column}: ${String(e.message)}`).join('; ')}`);
    // Counselors have worked most of the older follow-ups: their steps, written in one transaction
    // (demo data only; the state machine of transitionProblem still holds for every step).
    const steps: Record<string, [FollowUpStatus, string, 'CENTER' | 'HOSPITAL' | null][]> = {
      closed: [['IN_PROGRESS', '已约谈，了解近况', null], ['CLOSED', '情绪平稳，持续关注', null]],
      progress: [['IN_PROGRESS', '已约谈，预约下周复谈', null]],
      referred: [['IN_PROGRESS', '已约谈', null], ['REFERRED', '转介心理中心进一步评估', 'CENTER']],
    };
    const worked = await em().transactional(async (tx) => {
      const followUps = await tx.find(FollowUpEntity, { campaign: Number(campaign.id) }, { populate: ['result'], orderBy: { id: 'asc' } });
      for (const f of followUps) {
        const age = (Date.now() - f.result.takenAt.getTime()) / 86_400_000;
        if (age < 5 || f.urgent) continue;
        const roll = rng.next();
        const path = roll < 0.45 ? steps.closed : roll < 0.65 ? steps.progress : roll < 0.75 ? steps.referred : null;
        for (const [status, note, to] of path ?? []) {
          if (transitionProblem(f.status, status)) throw new Error(`demo step ${f.status} → ${status} is not allowed`);
          tx.create(FollowUpStepEntity, { followUp: f, fromStatus: f.status, toStatus: status, referredTo: to, note, actorName: 'demo' });
          f.status = status;
          if (to) f.referredTo = to;
        }
      }
      await tx.flush();
      return followUps.length;
    });
    log(`  ${'SCREENING'.padEnd(18)} ${String(r.created).padStart(6)} results, ${worked} follow-ups (import ${(importMs / 1000).toFixed(1)} s)  ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return { results: r.created, importMs };
  } finally {
    await orm.close();
  }
}
