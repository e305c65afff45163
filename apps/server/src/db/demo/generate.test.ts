import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_OPTIONS,
  cohortsOn,
  DEMO_OPTIONS,
  type GeneratedUniversity,
  generateUniversity,
  IMPORT_ORDER,
  ROSTER_HEADERS,
  type RosterKindName,
} from './generate.js';
import { COLLEGE_NAMES, SURNAMES } from './names.js';

const STUDENT_NO = /^[A-Z]?\d{10}$/;
const STAFF_NO = /^T\d{7}$/;
const DATE = /^\d{4}-(09|10)-\d{2}$/;
/** The date the tests' rosters describe: December of the 2026-2027 academic year. */
const TODAY = '2026-12-01';
const REQUIRED = ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR'];
const FACILITIES = ['TALK_TABLE_CHAIRS', 'SOFA', 'TEA_TABLE', 'BOOKS'];
const STATUSES = new Set(['ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED']);

type Row = Record<string, string>;

/** The generator never quotes (no field holds a comma, quote or newline), so a split suffices. */
function parse(csv: string): { header: string[]; rows: Row[] } {
  const lines = csv.split('\n');
  expect(lines.pop()).toBe(''); // ends with a newline
  const header = (lines.shift() ?? '').split(',');
  const rows = lines.map((line) => {
    const cells = line.split(',');
    expect(cells.length).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
  return { header, rows };
}

type Parsed = Record<RosterKindName, Row[]>;
function parseAll(u: GeneratedUniversity): Parsed {
  const out = {} as Parsed;
  for (const kind of IMPORT_ORDER) out[kind] = parse(u.files[kind]).rows;
  return out;
}

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

const cache = new Map<string, { u: GeneratedUniversity; p: Parsed; ms: number }>();
function get(name: string, opts: Parameters<typeof generateUniversity>[0]) {
  let hit = cache.get(name);
  if (!hit) {
    const t0 = performance.now();
    const u = generateUniversity(opts);
    const ms = performance.now() - t0;
    hit = { u, p: parseAll(u), ms };
    cache.set(name, hit);
  }
  return hit;
}
const demo = () => get('demo', { ...DEMO_OPTIONS, today: TODAY });
const bench = () => get('bench', { ...BENCHMARK_OPTIONS, today: TODAY });
const complete = () => get('complete', { colleges: 8, students: 3000, seed: 7, today: TODAY });

/** Every structural and network rule the import would enforce, for a roster as of `today`. */
function checkValid(p: Parsed, today = TODAY) {
  const { academicYear: year } = cohortsOn(today);
  // Appointments date from the current academic year and never from the future.
  const inYear = (d: string | undefined) => DATE.test(d ?? '') && (d ?? '') >= `${year}-09-01` && (d ?? '') <= today;
  // Row-level checks collect violations instead of calling expect per row (80,000 rows).
  const bad: string[] = [];
  const ok = (cond: boolean, what: () => string) => {
    if (!cond && bad.length < 20) bad.push(what());
  };
  const colleges = new Set(p.COLLEGES.map((r) => r.code));
  expect(unique(p.COLLEGES.map((r) => r.code ?? ''))).toBe(true);
  expect(unique(p.COLLEGES.map((r) => r.name ?? ''))).toBe(true);
  expect(unique(p.CLASSES.map((r) => r.code ?? ''))).toBe(true);
  expect(unique(p.CLASSES.map((r) => r.name ?? ''))).toBe(true);
  expect(unique(p.DORMITORIES.map((r) => r.code ?? ''))).toBe(true);
  expect(unique(p.STUDENTS.map((r) => r.student_no ?? ''))).toBe(true);
  expect(unique(p.STAFF.map((r) => r.staff_no ?? ''))).toBe(true);

  for (const r of p.STAFF) ok(STAFF_NO.test(r.staff_no ?? ''), () => `staff_no ${r.staff_no}`);
  for (const r of p.STUDENTS) {
    ok(STUDENT_NO.test(r.student_no ?? ''), () => `student_no ${r.student_no}`);
    ok(r.gender === 'M' || r.gender === 'F', () => `gender ${r.gender}`);
    ok(STATUSES.has(r.status ?? ''), () => `status ${r.status}`);
    ok(r.is_dorm_head === 'true' || r.is_dorm_head === 'false', () => `is_dorm_head ${r.is_dorm_head}`);
    ok(/^[\u4e00-\u9fff]{2,4}$/.test(r.name ?? ''), () => `name ${r.name}`);
  }

  const staff = new Map(p.STAFF.map((r) => [r.staff_no, r]));
  const classes = new Map(p.CLASSES.map((r) => [r.code, r]));
  const dorms = new Map(p.DORMITORIES.map((r) => [r.code, r]));
  const students = new Map(p.STUDENTS.map((r) => [r.student_no, r]));
  for (const r of p.STAFF) ok(colleges.has(r.college_code), () => `staff college ${r.college_code}`);

  // Working group: known staff of the same college; counselors serve their classes' levels.
  const wg = new Map(p.WORKING_GROUP.map((r) => [r.staff_no, r]));
  expect(wg.size).toBe(p.WORKING_GROUP.length);
  for (const r of p.WORKING_GROUP) {
    ok(staff.get(r.staff_no)?.college_code === r.college_code, () => `wg staff ${r.staff_no}`);
    ok(REQUIRED.includes(r.position ?? ''), () => `position ${r.position}`);
    if (r.position !== 'COUNSELOR') ok(r.levels === 'UNDERGRADUATE;GRADUATE', () => `leader levels ${r.levels}`);
  }
  for (const [counselor, list] of groupBy(p.CLASSES, (r) => r.counselor_staff_no ?? '')) {
    const member = wg.get(counselor);
    ok(member?.position === 'COUNSELOR', () => `counselor ${counselor} not a COUNSELOR`);
    ok(list.length <= 10, () => `counselor ${counselor} has ${list.length} classes`);
    const levels = [...new Set(list.map((c) => c.level))].sort().reverse().join(';');
    ok(member?.levels === levels, () => `counselor ${counselor} levels ${member?.levels} ≠ ${levels}`);
    for (const c of list) ok(member?.college_code === c.college_code, () => `counselor ${counselor} of ${c.code}`);
  }

  // Classes and dorms belong to known colleges; students to known classes and dorms.
  for (const c of p.CLASSES) {
    ok(colleges.has(c.college_code), () => `class college ${c.college_code}`);
    const grade = Number(c.grade);
    const ug = c.level === 'UNDERGRADUATE';
    ok(ug || c.level === 'GRADUATE', () => `level ${c.level}`);
    ok(ug ? grade >= year - 3 && grade <= year : grade >= year - 2 && grade <= year, () => `grade ${c.code} ${c.grade}`);
    ok(c.code?.startsWith(`${c.college_code}-${ug ? 'U' : 'G'}${c.grade}-`) === true, () => `class code ${c.code}`);
  }
  for (const d of p.DORMITORIES) ok(colleges.has(d.college_code), () => `dorm college ${d.college_code}`);
  const residents = groupBy(
    p.STUDENTS.filter((s) => s.dorm_code !== ''),
    (s) => s.dorm_code ?? '',
  );
  for (const s of p.STUDENTS) {
    const c = classes.get(s.class_code);
    ok(c !== undefined, () => `student ${s.student_no} class ${s.class_code}`);
    // Student numbers carry the enrolment year and the college number.
    ok(
      s.student_no?.replace(/^S/, '').slice(0, 6) === `${c?.grade}${c?.college_code?.slice(1)}`,
      () => `student_no ${s.student_no} in ${c?.code}`,
    );
    ok(s.student_no?.startsWith('S') === (c?.level === 'GRADUATE'), () => `student_no ${s.student_no} prefix`);
    if (s.dorm_code === '') ok(s.is_dorm_head === 'false', () => `off-campus head ${s.student_no}`);
  }
  expect(residents.size).toBe(dorms.size);
  for (const [code, list] of residents) {
    const d = dorms.get(code);
    ok(d !== undefined, () => `unknown dorm ${code}`);
    ok(list.length >= 1 && list.length <= 4, () => `dorm ${code} has ${list.length}`);
    ok(list.filter((s) => s.is_dorm_head === 'true').length === 1, () => `dorm ${code} heads`);
    ok(new Set(list.map((s) => s.gender)).size === 1, () => `dorm ${code} mixed genders`);
    for (const s of list) {
      const c = classes.get(s.class_code);
      ok(c?.college_code === d?.college_code && c?.level === d?.level, () => `dorm ${code} holds ${s.student_no}`);
    }
    ok(d?.code === `D-B${d?.building?.replace('号楼', '')}-${d?.room}`, () => `dorm code ${code}`);
  }

  // Appointments: ENROLLED, in that class / dorm, ≤ 2 per class, 1 per dorm.
  for (const [code, list] of groupBy(p.COMMITTEE_MEMBERS, (r) => r.class_code ?? '')) {
    ok(classes.has(code), () => `committee class ${code}`);
    ok(list.length <= 2, () => `class ${code} has ${list.length} members`);
    ok(unique(list.map((r) => r.student_no ?? '')), () => `class ${code} duplicate member`);
    for (const r of list) {
      const s = students.get(r.student_no);
      ok(s?.class_code === code, () => `member ${r.student_no} not in ${code}`);
      ok(s?.status === 'ENROLLED', () => `member ${r.student_no} is ${s?.status}`);
      ok(inYear(r.appointed_on), () => `date ${r.appointed_on}`);
    }
  }
  for (const [code, list] of groupBy(p.DORM_OFFICERS, (r) => r.dorm_code ?? '')) {
    ok(dorms.has(code), () => `officer dorm ${code}`);
    ok(list.length === 1, () => `dorm ${code} has ${list.length} officers`);
    const r = list[0];
    const s = students.get(r?.student_no);
    ok(s?.dorm_code === code, () => `officer ${r?.student_no} not in ${code}`);
    ok(s?.status === 'ENROLLED', () => `officer ${r?.student_no} is ${s?.status}`);
    ok(inYear(r?.appointed_on), () => `date ${r?.appointed_on}`);
    // The dorm head when the head is enrolled.
    const head = residents.get(code)?.find((x) => x.is_dorm_head === 'true');
    if (head?.status === 'ENROLLED') ok(s?.student_no === head.student_no, () => `officer of ${code} is not the head`);
  }

  // Workstations: one per college at most.
  for (const w of p.WORKSTATIONS) {
    ok(colleges.has(w.college_code), () => `workstation college ${w.college_code}`);
    ok(/^[\u4e00-\u9fff]+楼\d层\d{3}$/.test(w.room ?? ''), () => `workstation room ${w.room}`);
    for (const f of (w.facilities ?? '').split(';')) ok(FACILITIES.includes(f), () => `facility ${f}`);
  }
  expect(unique(p.WORKSTATIONS.map((w) => w.college_code ?? ''))).toBe(true);

  // Both levels in every college, with students.
  const populated = new Set(p.STUDENTS.map((s) => s.class_code));
  for (const college of colleges) {
    for (const level of ['UNDERGRADUATE', 'GRADUATE']) {
      const own = p.CLASSES.filter((c) => c.college_code === college && c.level === level && populated.has(c.code));
      ok(own.length > 0, () => `${college} has no ${level} class with students`);
    }
  }
  expect(bad).toEqual([]);
}

/** Share of classes with an ENROLLED student but no committee member, per college. */
function classGaps(p: Parsed): Map<string, { eligible: number; uncovered: number }> {
  const covered = new Set(p.COMMITTEE_MEMBERS.map((r) => r.class_code));
  const active = new Set(p.STUDENTS.filter((s) => s.status === 'ENROLLED').map((s) => s.class_code));
  const out = new Map<string, { eligible: number; uncovered: number }>();
  for (const c of p.CLASSES) {
    if (!active.has(c.code)) continue;
    const e = out.get(c.college_code ?? '') ?? { eligible: 0, uncovered: 0 };
    e.eligible++;
    if (!covered.has(c.code)) e.uncovered++;
    out.set(c.college_code ?? '', e);
  }
  return out;
}
function dormGaps(p: Parsed): Map<string, { eligible: number; uncovered: number }> {
  const covered = new Set(p.DORM_OFFICERS.map((r) => r.dorm_code));
  const active = new Set(p.STUDENTS.filter((s) => s.status === 'ENROLLED').map((s) => s.dorm_code));
  const out = new Map<string, { eligible: number; uncovered: number }>();
  for (const d of p.DORMITORIES) {
    if (!active.has(d.code)) continue;
    const e = out.get(d.college_code ?? '') ?? { eligible: 0, uncovered: 0 };
    e.eligible++;
    if (!covered.has(d.code)) e.uncovered++;
    out.set(d.college_code ?? '', e);
  }
  return out;
}
const total = (m: Map<string, { eligible: number; uncovered: number }>) => {
  let eligible = 0;
  let uncovered = 0;
  for (const v of m.values()) {
    eligible += v.eligible;
    uncovered += v.uncovered;
  }
  return uncovered / eligible;
};

describe('generateUniversity', () => {
  it('exports the import order and the SPEC.md §7 headers', () => {
    expect(IMPORT_ORDER).toEqual([
      'COLLEGES',
      'STAFF',
      'CLASSES',
      'DORMITORIES',
      'STUDENTS',
      'WORKING_GROUP',
      'WORKSTATIONS',
      'COMMITTEE_MEMBERS',
      'DORM_OFFICERS',
    ]);
    const u = demo().u;
    for (const kind of IMPORT_ORDER) {
      expect(u.files[kind].split('\n')[0]).toBe(ROSTER_HEADERS[kind].join(','));
      expect(u.files[kind]).not.toMatch(/["\r]/);
      expect(u.counts[kind]).toBe(u.files[kind].split('\n').length - 2);
    }
    expect(ROSTER_HEADERS.STUDENTS).toEqual([
      'student_no',
      'name',
      'gender',
      'class_code',
      'dorm_code',
      'status',
      'is_dorm_head',
    ]);
  });

  it('is deterministic: same seed → identical output, another seed → different output', () => {
    const a = generateUniversity({ colleges: 6, students: 2000, gaps: true, seed: 42, today: TODAY });
    const b = generateUniversity({ colleges: 6, students: 2000, gaps: true, seed: 42, today: TODAY });
    const c = generateUniversity({ colleges: 6, students: 2000, gaps: true, seed: 43, today: TODAY });
    expect(b).toEqual(a);
    for (const kind of IMPORT_ORDER) expect(b.files[kind]).toBe(a.files[kind]);
    expect(c.files.STUDENTS).not.toBe(a.files.STUDENTS);
    expect(c.files.STAFF).not.toBe(a.files.STAFF);
    // The default seed is fixed, too.
    expect(generateUniversity({ ...DEMO_OPTIONS, today: TODAY }).files).toEqual(demo().u.files);
  });

  it('has enough realistic names', () => {
    expect(new Set(COLLEGE_NAMES.map((c) => c.name)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(COLLEGE_NAMES.map((c) => c.short)).size).toBe(COLLEGE_NAMES.length);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(60);
    const p = demo().p;
    expect(p.COLLEGES[0]).toEqual({ code: 'C01', name: '计算机科学与技术学院' });
    expect(p.CLASSES.find((c) => c.level === 'UNDERGRADUATE')?.name).toMatch(/^计科20\d\d级\d+班$/);
    expect(p.CLASSES.find((c) => c.level === 'GRADUATE')?.name).toMatch(/^计算机科学与技术学院20\d\d级硕士\d+班$/);
    expect(p.DORMITORIES[0]?.code).toMatch(/^D-B\d+-\d{3}$/);
  });

  it('produces the demo university with the requested sizes', () => {
    const { u, p } = demo();
    expect(u.counts.COLLEGES).toBe(20);
    expect(u.counts.STUDENTS).toBe(12000);
    expect(Math.abs(u.counts.CLASSES - 12000 / 32)).toBeLessThanOrEqual(5);
    const onCampus = p.STUDENTS.filter((s) => s.dorm_code !== '').length;
    expect(u.counts.DORMITORIES).toBeGreaterThanOrEqual(onCampus / 4);
    expect(u.counts.DORMITORIES).toBeLessThanOrEqual((onCampus / 4) * 1.08);
    const classLevel = new Map(p.CLASSES.map((c) => [c.code, c.level]));
    const grads = p.STUDENTS.filter((s) => classLevel.get(s.class_code ?? '') === 'GRADUATE');
    expect(grads.length / 12000).toBeCloseTo(0.2, 2);
    const offCampus = grads.filter((s) => s.dorm_code === '').length / grads.length;
    expect(offCampus).toBeGreaterThan(0.25);
    expect(offCampus).toBeLessThan(0.36);
    // Undergraduates all live on campus unless they left.
    for (const s of p.STUDENTS) {
      if (classLevel.get(s.class_code ?? '') === 'UNDERGRADUATE' && s.dorm_code === '') {
        expect(['WITHDRAWN', 'TRANSFERRED']).toContain(s.status);
      }
    }
  });

  it('has a few students who are not enrolled, so the rules are exercised', () => {
    const { p } = demo();
    const by = groupBy(p.STUDENTS, (s) => s.status ?? '');
    const share = (s: string) => (by.get(s)?.length ?? 0) / p.STUDENTS.length;
    expect(share('ENROLLED')).toBeGreaterThan(0.95);
    expect(share('SUSPENDED')).toBeGreaterThan(0.01);
    expect(share('SUSPENDED')).toBeLessThan(0.03);
    expect(share('GRADUATED')).toBeGreaterThan(0);
    expect(share('WITHDRAWN') + share('TRANSFERRED')).toBeGreaterThan(0);
    // Graduated students are all in the oldest undergraduate grade.
    const grade = new Map(p.CLASSES.map((c) => [c.code, `${c.level}${c.grade}`]));
    for (const s of by.get('GRADUATED') ?? []) expect(grade.get(s.class_code ?? '')).toBe('UNDERGRADUATE2023');
    // Some dorm heads are not enrolled; some dorms have no enrolled resident at all.
    expect(p.STUDENTS.some((s) => s.is_dorm_head === 'true' && s.status !== 'ENROLLED')).toBe(true);
    const enrolledDorms = new Set(p.STUDENTS.filter((s) => s.status === 'ENROLLED').map((s) => s.dorm_code));
    expect(p.DORMITORIES.some((d) => !enrolledDorms.has(d.code))).toBe(true);
  });

  it('keeps every rule of the network in the demo', () => {
    checkValid(demo().p);
  });

  it('keeps every rule of the network without gaps, and leaves none', () => {
    const { p } = complete();
    checkValid(p);
    expect(total(classGaps(p))).toBe(0);
    expect(total(dormGaps(p))).toBe(0);
    expect(p.WORKSTATIONS).toHaveLength(8);
    for (const [, rows] of groupBy(p.WORKING_GROUP, (r) => r.college_code ?? '')) {
      for (const pos of REQUIRED) expect(rows.some((r) => r.position === pos)).toBe(true);
    }
    expect(new Set(p.WORKING_GROUP.map((r) => r.college_code)).size).toBe(8);
  });

  it('leaves deliberate gaps, uneven across colleges, when gaps: true', () => {
    const { p } = demo();
    const classes = classGaps(p);
    const dorms = dormGaps(p);
    expect(total(classes)).toBeGreaterThan(0.05);
    expect(total(classes)).toBeLessThan(0.11);
    expect(total(dorms)).toBeGreaterThan(0.09);
    expect(total(dorms)).toBeLessThan(0.15);
    for (const m of [classes, dorms]) {
      const rates = [...m.values()].map((v) => v.uncovered / v.eligible);
      expect(Math.min(...rates)).toBe(0);
      expect(Math.max(...rates)).toBeGreaterThan(0.15);
      expect(Math.max(...rates)).toBeLessThanOrEqual(0.31);
    }
    const wg = groupBy(p.WORKING_GROUP, (r) => r.college_code ?? '');
    const incomplete = p.COLLEGES.filter((c) => REQUIRED.some((pos) => !wg.get(c.code ?? '')?.some((r) => r.position === pos)));
    expect(incomplete.length).toBeGreaterThanOrEqual(2);
    expect(incomplete.length).toBeLessThanOrEqual(3);
    const withoutStation = 20 - p.WORKSTATIONS.length;
    expect(withoutStation).toBeGreaterThanOrEqual(3);
    expect(withoutStation).toBeLessThanOrEqual(4);
    // Some workstations lack a facility.
    expect(p.WORKSTATIONS.some((w) => (w.facilities ?? '').split(';').length < 4)).toBe(true);
  });

  it('generates the benchmark university validly (its time is printed, not asserted)', () => {
    const { u, p, ms } = bench();
    console.log(
      `benchmark generation: ${ms.toFixed(0)} ms; counts ${JSON.stringify(u.counts)}; ` +
        `${(Object.values(u.files).reduce((a, f) => a + f.length, 0) / 1e6).toFixed(1)} M chars`,
    );
    expect(u.counts.COLLEGES).toBe(50);
    expect(u.counts.STUDENTS).toBe(80000);
    expect(u.counts.CLASSES).toBe(2500);
    expect(Math.abs(u.counts.DORMITORIES - 20000)).toBeLessThanOrEqual(200);
    checkValid(p);
    expect(total(classGaps(p))).toBe(0);
    expect(total(dormGaps(p))).toBe(0);
  }, 60_000);

  it('places the cohorts relative to today: a September cohort counts from its autumn', () => {
    expect(cohortsOn('2026-12-01')).toEqual({ academicYear: 2026, undergraduate: [2023, 2024, 2025, 2026], graduate: [2024, 2025, 2026] });
    expect(cohortsOn('2026-08-31')).toEqual({ academicYear: 2025, undergraduate: [2022, 2023, 2024, 2025], graduate: [2023, 2024, 2025] });
    expect(cohortsOn('2026-09-01').undergraduate).toEqual([2023, 2024, 2025, 2026]);
    expect(cohortsOn('2027-01-15').academicYear).toBe(2026);
    for (const bad of ['2026-13-01', '2026-02-30', '26-12-01', '']) expect(() => cohortsOn(bad)).toThrow(RangeError);
  });

  it('in December 2026, the demo holds the four current undergraduate and three graduate cohorts, no older one', () => {
    const { p } = demo();
    const grades = (level: string) => [...new Set(p.CLASSES.filter((c) => c.level === level).map((c) => Number(c.grade)))].sort();
    expect(grades('UNDERGRADUATE')).toEqual([2023, 2024, 2025, 2026]);
    expect(grades('GRADUATE')).toEqual([2024, 2025, 2026]);
    expect(p.CLASSES.some((c) => c.name?.includes('2021级') || c.name?.includes('2022级'))).toBe(false);
    // Every student belongs to a current cohort and carries its year in their number.
    const grade = new Map(p.CLASSES.map((c) => [c.code, c.grade]));
    for (const s of p.STUDENTS.slice(0, 500)) expect(s.student_no?.replace(/^S/, '').slice(0, 4)).toBe(grade.get(s.class_code ?? ''));
    // Appointments: this academic year's autumn, so every one is in the past.
    const dates = [...p.COMMITTEE_MEMBERS, ...p.DORM_OFFICERS].map((r) => r.appointed_on ?? '');
    expect(dates.every((d) => d >= '2026-09-15' && d <= '2026-10-31')).toBe(true);
  });

  it('is deterministic for a given date and follows the date', () => {
    const opts = { colleges: 3, students: 400, gaps: true };
    const a = generateUniversity({ ...opts, today: '2027-03-10' });
    expect(generateUniversity({ ...opts, today: '2027-03-10' })).toEqual(a);
    expect(generateUniversity({ ...opts, today: '2027-06-30' })).toEqual(a); // the same academic year, past its autumn
    const later = parseAll(generateUniversity({ ...opts, today: '2027-09-20' }));
    expect(new Set(later.CLASSES.filter((c) => c.level === 'UNDERGRADUATE').map((c) => c.grade))).toEqual(new Set(['2024', '2025', '2026', '2027']));
    checkValid(later, '2027-09-20');
  });

  it('never dates an appointment after today, early in the academic year', () => {
    const { p } = get('early', { colleges: 4, students: 1500, gaps: true, today: '2026-09-05' });
    checkValid(p, '2026-09-05');
    const dates = new Set([...p.COMMITTEE_MEMBERS, ...p.DORM_OFFICERS].map((r) => r.appointed_on));
    expect([...dates].every((d) => (d ?? '') >= '2026-09-01' && (d ?? '') <= '2026-09-05')).toBe(true);
    expect(dates.size).toBeGreaterThan(1);
  });

  it('takes the real date by default', () => {
    const now = new Date();
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const p = parseAll(generateUniversity({ colleges: 2, students: 200 }));
    const year = cohortsOn(local).academicYear;
    expect(Math.max(...p.CLASSES.map((c) => Number(c.grade)))).toBe(year);
    checkValid(p, local);
  });

  it('rejects impossible options', () => {
    expect(() => generateUniversity({ colleges: 0, students: 10 })).toThrow(RangeError);
    expect(() => generateUniversity({ colleges: 1000, students: 100000 })).toThrow(RangeError);
    expect(() => generateUniversity({ colleges: 5, students: 9 })).toThrow(RangeError);
    expect(() => generateUniversity({ colleges: 2, students: 100, classes: 1.5 })).toThrow(RangeError);
    expect(() => generateUniversity({ colleges: 2, students: 100, today: '2026/12/01' })).toThrow(RangeError);
  });

  it('handles tiny universities', () => {
    const { p } = get('tiny', { colleges: 3, students: 6, gaps: true, today: TODAY });
    expect(p.STUDENTS).toHaveLength(6);
    checkValid(p);
  });
});
