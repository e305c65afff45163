// Deterministic generator of a university roster, as one CSV text per import kind
// (SPEC.md §7 column names, English headers). Used by the demo (`npm run demo`) and the
// benchmark (80,000 students). Same options → byte-identical output: the only source of
// randomness is a seeded mulberry32 PRNG; no Math.random. The one input from the clock is
// `today` (default: the real date), which places the cohorts; pass it for a repeatable roster.
//
// The shape of the generated university:
// - every college has classes and students at both levels (~80% UNDERGRADUATE, ~20% GRADUATE);
// - cohorts relative to `today`: the academic year starts on 1 September (a cohort counts from
//   its autumn), UG grades are its four current cohorts (2026-12-01: 2023–2026), graduate grades
//   its three (2024–2026); older cohorts have graduated and are not generated (a class whose
//   students have all left needs no post); a class has ~32 students;
// - 4-person dorm rooms holding one college, level, grade and gender; ~30% of graduate
//   students (and every WITHDRAWN/TRANSFERRED student) live off campus (empty dorm_code);
//   exactly one dorm head per occupied room;
// - statuses: mostly ENROLLED, ~2% SUSPENDED (they keep their room, so some dorm heads are
//   not enrolled), ~0.5% WITHDRAWN/TRANSFERRED, and ~1% of the oldest UG grade GRADUATED by
//   whole rooms, early (dorms without any ENROLLED resident, which get no officer);
// - appointments are always valid: 1–2 ENROLLED committee members per class, one ENROLLED
//   officer per dorm (the dorm head when enrolled), appointed in the autumn of the current
//   academic year and never after `today`;
// - `gaps: true` leaves deliberate holes for the dashboards (uneven per college).

import { toCsv } from '@carenet/domain';
import {
  COLLEGE_NAMES,
  GIVEN_FEMALE,
  GIVEN_MALE,
  GIVEN_NEUTRAL,
  OFFICE_BUILDINGS,
  SURNAMES,
} from './names.js';

export type RosterKindName =
  | 'COLLEGES'
  | 'CLASSES'
  | 'DORMITORIES'
  | 'STUDENTS'
  | 'STAFF'
  | 'WORKING_GROUP'
  | 'WORKSTATIONS'
  | 'COMMITTEE_MEMBERS'
  | 'DORM_OFFICERS';

export interface GenerateOptions {
  /** Number of colleges, 1–999 (codes C01…C99, or C001…C999 above 99: a province's universities). */
  colleges: number;
  /** Exact number of students (at least 2 per college). */
  students: number;
  /** Number of classes; default ≈ students / 32. Raised to 2 per college if lower. */
  classes?: number;
  /**
   * Number of dorm rooms; default: as many 4-person rooms as the on-campus students fill.
   * A higher number spreads students over more rooms (3 per room instead of 4); a number
   * below what 4-person rooms need is raised to that.
   */
  dormitories?: number;
  /** PRNG seed; default 20241028. */
  seed?: number;
  /** Leave deliberate gaps in the network for the dashboards to show. Default false. */
  gaps?: boolean;
  /**
   * The date the roster describes (YYYY-MM-DD): it decides the current cohorts and the
   * appointment dates. Default: the real date in the local time zone (the demo passes the
   * university's TIME_ZONE). Tests pass a fixed date.
   */
  today?: string;
}

export interface GeneratedUniversity {
  /** CSV text per kind: English header row, then data rows, `\n` line endings. */
  files: Record<RosterKindName, string>;
  /** Number of data rows per kind. */
  counts: Record<RosterKindName, number>;
}

/** The order in which the files must be imported (each refers only to earlier ones). */
export const IMPORT_ORDER: RosterKindName[] = [
  'COLLEGES',
  'STAFF',
  'CLASSES',
  'DORMITORIES',
  'STUDENTS',
  'WORKING_GROUP',
  'WORKSTATIONS',
  'COMMITTEE_MEMBERS',
  'DORM_OFFICERS',
];

/** Header row of each file (SPEC.md §7, English names). */
export const ROSTER_HEADERS: Record<RosterKindName, readonly string[]> = {
  COLLEGES: ['code', 'name'],
  CLASSES: ['code', 'name', 'college_code', 'level', 'grade', 'counselor_staff_no'],
  DORMITORIES: ['code', 'building', 'room', 'college_code', 'level'],
  STUDENTS: ['student_no', 'name', 'gender', 'class_code', 'dorm_code', 'status', 'is_dorm_head'],
  STAFF: ['staff_no', 'name', 'college_code'],
  WORKING_GROUP: ['college_code', 'staff_no', 'position', 'levels'],
  WORKSTATIONS: ['college_code', 'room', 'facilities'],
  COMMITTEE_MEMBERS: ['class_code', 'student_no', 'appointed_on'],
  DORM_OFFICERS: ['dorm_code', 'student_no', 'appointed_on'],
};

/** The demo university (`npm run demo`). */
export const DEMO_OPTIONS: GenerateOptions = { colleges: 20, students: 12000, gaps: true };
/** The benchmark university (SPEC.md §9). */
export const BENCHMARK_OPTIONS: GenerateOptions = { colleges: 50, students: 80000, classes: 2500, dormitories: 20000 };

// ---------------------------------------------------------------------------------------
// Tunables

const DEFAULT_SEED = 20241028;
/** Undergraduate and graduate cohorts in study at once (four-year bachelor's, 2–3-year master's). */
const UG_COHORTS = 4;
const GRAD_COHORTS = 3;
const GRADUATE_SHARE = 0.2;
const STUDENTS_PER_CLASS = 32;
const ROOM_CAPACITY = 4;
const OFF_CAMPUS_GRADUATES = 0.3;
const P_SUSPENDED = 0.02;
const P_WITHDRAWN = 0.003;
const P_TRANSFERRED = 0.002;
/** Share of the oldest UG grade's rooms whose residents have all GRADUATED. */
const P_GRADUATED_ROOM = 0.012;
const MAX_CLASSES_PER_COUNSELOR = 8;
const P_TWO_COMMITTEE_MEMBERS = 0.55;
const ROOMS_PER_FLOOR = 20;
const FLOORS_PER_BUILDING = 6;
const GAP_CLASSES = 0.08;
const GAP_DORMS = 0.12;
const GAP_MAX_PER_COLLEGE = 0.3;

type Level = 'UNDERGRADUATE' | 'GRADUATE';
type Status = 'ENROLLED' | 'SUSPENDED' | 'GRADUATED' | 'WITHDRAWN' | 'TRANSFERRED';
type Gender = 'M' | 'F';
type Position = 'PARTY_SECRETARY' | 'DEAN' | 'DEPUTY_PARTY_SECRETARY' | 'COUNSELOR';
const LEVELS: readonly Level[] = ['UNDERGRADUATE', 'GRADUATE'];
const FACILITY_LIST = ['TALK_TABLE_CHAIRS', 'SOFA', 'TEA_TABLE', 'BOOKS'] as const;

// ---------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return at(items, this.int(items.length));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = at(items, i);
      items[i] = at(items, j);
      items[j] = t;
    }
    return items;
  }
  /** k distinct items (k ≤ length), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle([...items]).slice(0, k);
  }
}

/** Indexed read that asserts presence (noUncheckedIndexedAccess). */
function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range (${items.length})`);
  return v;
}

/**
 * Splits `total` into integers proportional to `weights` (largest remainder), each at
 * least `min`. The caller ensures total ≥ min × weights.length.
 */
function apportion(total: number, weights: readonly number[], min: number): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(min);
  const rest = total - min * n;
  if (n === 0 || rest <= 0) return out;
  let sum = 0;
  for (const w of weights) sum += w;
  const rems: [number, number][] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = sum > 0 ? (rest * at(weights, i)) / sum : rest / n;
    const whole = Math.floor(exact);
    out[i] = at(out, i) + whole;
    given += whole;
    rems.push([i, exact - whole]);
  }
  rems.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (let k = 0; k < rest - given; k++) {
    const i = at(rems, k % n)[0];
    out[i] = at(out, i) + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Names

const SURNAME_CUMULATIVE: number[] = (() => {
  let acc = 0;
  return SURNAMES.map(([, w]) => (acc += w));
})();

function personName(rng: Random, gender: Gender): string {
  const total = at(SURNAME_CUMULATIVE, SURNAME_CUMULATIVE.length - 1);
  const x = rng.next() * total;
  let lo = 0;
  let hi = SURNAME_CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(SURNAME_CUMULATIVE, mid) > x) hi = mid;
    else lo = mid + 1;
  }
  const surname = at(SURNAMES, lo)[0];
  const pool = gender === 'M' ? GIVEN_MALE : GIVEN_FEMALE;
  const char = () => (rng.chance(0.75) ? rng.pick(pool) : rng.pick(GIVEN_NEUTRAL));
  if (rng.chance(0.25)) return surname + char();
  const first = char();
  let second = char();
  // Reduplicated given names (婷婷) are common for women only.
  if (second === first && gender === 'M') second = rng.pick(GIVEN_NEUTRAL);
  return surname + first + second;
}

// ---------------------------------------------------------------------------------------
// Records

interface College {
  index: number; // 1-based
  code: string;
  cc: string; // two digits (three above 99 colleges), used in student and staff numbers
  name: string;
  short: string;
  femaleShare: number;
  students: Record<Level, number>;
  classes: Record<Level, number>;
}

interface ClassRec {
  code: string;
  name: string;
  college: College;
  level: Level;
  grade: number;
  counselor: string;
  size: number;
  students: number[];
}

interface StudentRec {
  no: string;
  name: string;
  gender: Gender;
  cls: number;
  dorm: number; // -1 = off campus
  status: Status;
  head: boolean;
}

interface DormRec {
  code: string;
  building: string;
  room: string;
  college: College;
  level: Level;
  grade: number;
  residents: number[];
}

interface StaffRec {
  no: string;
  name: string;
  college: College;
}

interface WorkingGroupRec {
  college: College;
  staffNo: string;
  position: Position;
  levels: Level[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function assertInt(name: string, v: number | undefined, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (v === undefined) return;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`${name} must be an integer between ${min} and ${max}, got ${v}`);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date, for the default of `today`. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/**
 * The cohorts in study on `today`: the academic year starts on 1 September, so a cohort entering
 * in September counts from its autumn (2026-08-31: 2022–2025; 2026-09-01: 2023–2026).
 */
export function cohortsOn(today: string): { academicYear: number; undergraduate: number[]; graduate: number[] } {
  const m = DATE.exec(today);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1901) {
    throw new RangeError(`today must be a date YYYY-MM-DD, got ${today}`);
  }
  const academicYear = mo >= 9 ? y : y - 1;
  const last = (n: number) => Array.from({ length: n }, (_, i) => academicYear - n + 1 + i);
  return { academicYear, undergraduate: last(UG_COHORTS), graduate: last(GRAD_COHORTS) };
}

/**
 * An autumn date of the academic year starting in `year` (09-15 … 10-31), never after `today`:
 * early in the year, a day between 09-01 and today.
 */
function appointmentDate(rng: Random, year: number, today: string): string {
  const offset = rng.int(47);
  const on = offset < 16 ? `${year}-09-${pad(15 + offset, 2)}` : `${year}-10-${pad(offset - 15, 2)}`;
  if (on <= today) return on;
  const start = Date.UTC(year, 8, 1);
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + (offset % (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Per-college gap rates between 0 and GAP_MAX_PER_COLLEGE, about a quarter of the colleges
 * without any, weighted mean ≈ target.
 */
function gapRates(rng: Random, sizes: readonly number[], target: number, shape: (u: number) => number): number[] {
  const raw = sizes.map(() => (rng.chance(0.25) ? 0 : shape(rng.next())));
  const total = sizes.reduce((a, b) => a + b, 0);
  let rates = raw;
  for (let iter = 0; iter < 4; iter++) {
    let mean = 0;
    rates.forEach((r, i) => (mean += r * at(sizes, i)));
    mean = total > 0 ? mean / total : 0;
    if (mean <= 0) break;
    const s = target / mean;
    rates = rates.map((r) => Math.min(GAP_MAX_PER_COLLEGE, r * s));
  }
  return rates;
}

// ---------------------------------------------------------------------------------------
// The generator

export function generateUniversity(opts: GenerateOptions): GeneratedUniversity {
  assertInt('colleges', opts.colleges, 1, 999);
  assertInt('students', opts.students, 2 * opts.colleges);
  assertInt('classes', opts.classes, 1);
  assertInt('dormitories', opts.dormitories, 0);
  assertInt('seed', opts.seed, 0, 0xffffffff);
  const today = opts.today ?? localToday();
  const { academicYear, undergraduate: ugGrades, graduate: gradGrades } = cohortsOn(today);
  const rng = new Random(opts.seed ?? DEFAULT_SEED);
  const gaps = opts.gaps ?? false;
  const nColleges = opts.colleges;
  const nStudents = opts.students;

  // --- colleges and their sizes -------------------------------------------------------
  const sizeWeight = Array.from({ length: nColleges }, () => 0.5 + rng.next());
  const gradWeight = sizeWeight.map((w) => w * (0.5 + rng.next()));
  const nGrad = Math.min(Math.max(Math.round(nStudents * GRADUATE_SHARE), nColleges), nStudents - nColleges);
  const nUg = nStudents - nGrad;
  const ugPer = apportion(nUg, sizeWeight, 1);
  const gradPer = apportion(nGrad, gradWeight, 1);

  let nClasses = opts.classes ?? Math.round(nStudents / STUDENTS_PER_CLASS);
  nClasses = Math.min(Math.max(nClasses, 2 * nColleges), nStudents);
  const nUgClasses = Math.min(Math.max(Math.round((nClasses * nUg) / nStudents), nColleges), nClasses - nColleges);
  const ugClassesPer = apportion(nUgClasses, ugPer, 1).map((k, i) => Math.min(k, at(ugPer, i)));
  const gradClassesPer = apportion(nClasses - nUgClasses, gradPer, 1).map((k, i) => Math.min(k, at(gradPer, i)));

  const colleges: College[] = [];
  for (let i = 0; i < nColleges; i++) {
    const base = at(COLLEGE_NAMES, i % COLLEGE_NAMES.length);
    const round = Math.floor(i / COLLEGE_NAMES.length);
    const cc = pad(i + 1, nColleges > 99 ? 3 : 2);
    colleges.push({
      index: i + 1,
      code: `C${cc}`,
      cc,
      name: round === 0 ? base.name : `${base.name}（分院${round + 1}）`,
      short: round === 0 ? base.short : `${base.short}${round + 1}`,
      femaleShare: 0.3 + 0.4 * rng.next(),
      students: { UNDERGRADUATE: at(ugPer, i), GRADUATE: at(gradPer, i) },
      classes: { UNDERGRADUATE: at(ugClassesPer, i), GRADUATE: at(gradClassesPer, i) },
    });
  }

  // --- classes, staff, working group --------------------------------------------------
  const classes: ClassRec[] = [];
  const staff: StaffRec[] = [];
  const workingGroup: WorkingGroupRec[] = [];
  const classesOfCollege: number[][] = [];

  for (const college of colleges) {
    let serial = 100 + rng.int(100);
    const newStaff = (): StaffRec => {
      serial += 1 + rng.int(5);
      const s: StaffRec = { no: `T${college.cc}${pad(serial, 5)}`, name: personName(rng, rng.chance(0.5) ? 'M' : 'F'), college };
      staff.push(s);
      return s;
    };
    for (const position of ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY'] as const) {
      workingGroup.push({ college, staffNo: newStaff().no, position, levels: ['UNDERGRADUATE', 'GRADUATE'] });
    }

    const own: number[] = [];
    const byLevel: Record<Level, ClassRec[]> = { UNDERGRADUATE: [], GRADUATE: [] };
    for (const level of LEVELS) {
      const grades: readonly number[] = level === 'UNDERGRADUATE' ? ugGrades : gradGrades;
      const k = college.classes[level];
      const perGrade = apportion(
        k,
        grades.map(() => 1 + 0.2 * rng.next()),
        0,
      );
      const sizes = apportion(
        college.students[level],
        Array.from({ length: k }, () => 0.85 + 0.3 * rng.next()),
        1,
      );
      let c = 0;
      grades.forEach((grade, g) => {
        for (let n = 1; n <= at(perGrade, g); n++) {
          const ug = level === 'UNDERGRADUATE';
          const rec: ClassRec = {
            code: `${college.code}-${ug ? 'U' : 'G'}${grade}-${pad(n, 2)}`,
            name: ug ? `${college.short}${grade}级${n}班` : `${college.name}${grade}级硕士${n}班`,
            college,
            level,
            grade,
            counselor: '',
            size: at(sizes, c++),
            students: [],
          };
          byLevel[level].push(rec);
        }
      });
    }

    // Counselors: contiguous runs of classes (so usually one or two grades each), at most
    // MAX_CLASSES_PER_COUNSELOR; a college with few graduate classes may give them to an
    // undergraduate counselor, who then serves both levels.
    const counselorRuns: { classes: ClassRec[]; levels: Level[] }[] = [];
    for (const level of LEVELS) {
      const list = byLevel[level];
      const n = Math.ceil(list.length / MAX_CLASSES_PER_COUNSELOR);
      const chunks = apportion(
        list.length,
        Array.from({ length: n }, () => 1),
        0,
      );
      let start = 0;
      for (const size of chunks) {
        counselorRuns.push({ classes: list.slice(start, start + size), levels: [level] });
        start += size;
      }
    }
    const lastUg = counselorRuns.filter((r) => r.levels[0] === 'UNDERGRADUATE').pop();
    const gradRuns = counselorRuns.filter((r) => r.levels[0] === 'GRADUATE');
    const onlyGrad = gradRuns[0];
    if (
      lastUg &&
      gradRuns.length === 1 &&
      onlyGrad &&
      onlyGrad.classes.length <= 2 &&
      lastUg.classes.length + onlyGrad.classes.length <= 10 &&
      rng.chance(0.5)
    ) {
      lastUg.classes.push(...onlyGrad.classes);
      lastUg.levels.push('GRADUATE');
      counselorRuns.splice(counselorRuns.indexOf(onlyGrad), 1);
    }
    for (const run of counselorRuns) {
      const s = newStaff();
      for (const c of run.classes) c.counselor = s.no;
      workingGroup.push({ college, staffNo: s.no, position: 'COUNSELOR', levels: run.levels });
    }

    for (const level of LEVELS) {
      for (const c of byLevel[level]) {
        own.push(classes.length);
        classes.push(c);
      }
    }
    classesOfCollege.push(own);
  }

  // --- students -------------------------------------------------------------------------
  const students: StudentRec[] = [];
  // Dorm groups: on-campus students of one college, level, grade and gender.
  interface Group {
    college: College;
    level: Level;
    grade: number;
    gender: Gender;
    members: number[];
  }
  const groups = new Map<string, Group>();
  for (const college of colleges) {
    const serials = new Map<string, number>();
    for (const ci of at(classesOfCollege, college.index - 1)) {
      const cls = at(classes, ci);
      const ug = cls.level === 'UNDERGRADUATE';
      const key = `${cls.level}${cls.grade}`;
      for (let k = 0; k < cls.size; k++) {
        const serial = (serials.get(key) ?? 0) + 1;
        serials.set(key, serial);
        if (serial > 9999) throw new RangeError(`more than 9999 students in ${college.code} ${key}`);
        const gender: Gender = rng.chance(college.femaleShare) ? 'F' : 'M';
        const x = rng.next();
        const status: Status =
          x < P_SUSPENDED
            ? 'SUSPENDED'
            : x < P_SUSPENDED + P_WITHDRAWN
              ? 'WITHDRAWN'
              : x < P_SUSPENDED + P_WITHDRAWN + P_TRANSFERRED
                ? 'TRANSFERRED'
                : 'ENROLLED';
        const offCampus =
          status === 'WITHDRAWN' || status === 'TRANSFERRED' || (!ug && rng.chance(OFF_CAMPUS_GRADUATES));
        const si = students.length;
        students.push({
          no: `${ug ? '' : 'S'}${cls.grade}${college.cc}${pad(serial, 4)}`,
          name: personName(rng, gender),
          gender,
          cls: ci,
          dorm: -1,
          status,
          head: false,
        });
        cls.students.push(si);
        if (!offCampus) {
          const gk = `${cls.level}|${gender}|${college.cc}|${cls.grade}`;
          let g = groups.get(gk);
          if (!g) {
            g = { college, level: cls.level, grade: cls.grade, gender, members: [] };
            groups.set(gk, g);
          }
          g.members.push(si);
        }
      }
    }
  }

  // --- dormitories ------------------------------------------------------------------------
  // Buildings are separated by level and gender; a college starts on a fresh floor.
  const groupList = [...groups.values()].sort(
    (a, b) =>
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      (a.gender === b.gender ? 0 : a.gender === 'M' ? -1 : 1) ||
      a.college.index - b.college.index ||
      a.grade - b.grade,
  );
  const minRooms = groupList.map((g) => Math.ceil(g.members.length / ROOM_CAPACITY));
  let rooms = minRooms;
  if (opts.dormitories !== undefined) {
    const extra = opts.dormitories - minRooms.reduce((a, b) => a + b, 0);
    if (extra > 0) {
      const add = apportion(
        extra,
        groupList.map((g) => g.members.length),
        0,
      );
      rooms = minRooms.map((m, i) => Math.min(m + at(add, i), at(groupList, i).members.length));
    }
  }

  const dorms: DormRec[] = [];
  let building = 0;
  let floor = FLOORS_PER_BUILDING; // forces a new building first
  let roomNo = ROOMS_PER_FLOOR;
  let lastBlock = '';
  let lastCollege = -1;
  groupList.forEach((g, gi) => {
    const block = `${g.level}|${g.gender}`;
    const newFloor = () => {
      floor++;
      roomNo = 0;
      if (floor > FLOORS_PER_BUILDING) {
        building++;
        floor = 1;
      }
    };
    if (block !== lastBlock) {
      building++;
      floor = 1;
      roomNo = 0;
      lastBlock = block;
      lastCollege = g.college.index;
    } else if (g.college.index !== lastCollege) {
      if (roomNo > 0) newFloor();
      lastCollege = g.college.index;
    }
    const r = at(rooms, gi);
    const n = g.members.length;
    // Fill rooms of 4 when the room count is the minimum; spread evenly otherwise.
    const sizes =
      r === at(minRooms, gi)
        ? Array.from({ length: r }, (_, k) => Math.min(ROOM_CAPACITY, n - k * ROOM_CAPACITY))
        : Array.from({ length: r }, (_, k) => Math.floor(n / r) + (k < n % r ? 1 : 0));
    let next = 0;
    for (const size of sizes) {
      if (roomNo >= ROOMS_PER_FLOOR) newFloor();
      roomNo++;
      const room = `${floor}${pad(roomNo, 2)}`;
      const di = dorms.length;
      const residents = g.members.slice(next, next + size);
      next += size;
      dorms.push({
        code: `D-B${building}-${room}`,
        building: `${building}号楼`,
        room,
        college: g.college,
        level: g.level,
        grade: g.grade,
        residents,
      });
      for (const si of residents) at(students, si).dorm = di;
      at(students, rng.pick(residents)).head = true;
      // A few rooms of the oldest undergraduate grade have graduated early, all together.
      if (g.level === 'UNDERGRADUATE' && g.grade === ugGrades[0] && rng.chance(P_GRADUATED_ROOM)) {
        for (const si of residents) at(students, si).status = 'GRADUATED';
      }
    }
  });

  // --- working-group and workstation gaps ------------------------------------------------
  const wgGaps = new Map<number, Position>();
  const workstationGaps = new Set<number>();
  if (gaps) {
    const cap = Math.max(1, Math.floor(nColleges / 4));
    for (const c of rng.sample(colleges, Math.min(2 + rng.int(2), cap))) {
      const x = rng.next();
      wgGaps.set(c.index, x < 0.6 ? 'DEPUTY_PARTY_SECRETARY' : x < 0.8 ? 'DEAN' : 'PARTY_SECRETARY');
    }
    for (const c of rng.sample(colleges, Math.min(3 + rng.int(2), cap))) workstationGaps.add(c.index);
  }

  // --- committee members --------------------------------------------------------------------
  const enrolledOf = (list: readonly number[]) => list.filter((si) => at(students, si).status === 'ENROLLED');
  const committeeRows: string[][] = [];
  const classGapRates = gaps
    ? gapRates(
        rng,
        classesOfCollege.map((l) => l.length),
        GAP_CLASSES,
        (u) => u * u,
      )
    : colleges.map(() => 0);
  const skippedClasses = new Set<number>();
  colleges.forEach((_college, i) => {
    const eligible = at(classesOfCollege, i).filter((ci) => enrolledOf(at(classes, ci).students).length > 0);
    const k = Math.round(at(classGapRates, i) * eligible.length);
    for (const ci of rng.sample(eligible, k)) skippedClasses.add(ci);
  });
  if (gaps && skippedClasses.size === 0 && classes.length > 1) skippedClasses.add(classes.length - 1);
  classes.forEach((cls, ci) => {
    if (skippedClasses.has(ci)) return;
    const enrolled = enrolledOf(cls.students);
    if (enrolled.length === 0) return;
    const n = enrolled.length >= 2 && rng.chance(P_TWO_COMMITTEE_MEMBERS) ? 2 : 1;
    const on = appointmentDate(rng, academicYear, today);
    for (const si of rng.sample(enrolled, n).sort((a, b) => a - b)) {
      committeeRows.push([cls.code, at(students, si).no, on]);
    }
  });

  // --- dorm officers ------------------------------------------------------------------------
  const dormsOfCollege: number[][] = colleges.map(() => []);
  dorms.forEach((d, di) => at(dormsOfCollege, d.college.index - 1).push(di));
  const dormGapRates = gaps
    ? gapRates(
        rng,
        dormsOfCollege.map((l) => l.length),
        GAP_DORMS,
        (u) => u,
      )
    : colleges.map(() => 0);
  const skippedDorms = new Set<number>();
  colleges.forEach((_college, i) => {
    const eligible = at(dormsOfCollege, i).filter((di) => enrolledOf(at(dorms, di).residents).length > 0);
    const k = Math.round(at(dormGapRates, i) * eligible.length);
    for (const di of rng.sample(eligible, k)) skippedDorms.add(di);
  });
  const officerRows: string[][] = [];
  dorms.forEach((dorm, di) => {
    if (skippedDorms.has(di)) return;
    const enrolled = enrolledOf(dorm.residents);
    if (enrolled.length === 0) return;
    const head = enrolled.find((si) => at(students, si).head);
    const officer = head ?? rng.pick(enrolled);
    officerRows.push([dorm.code, at(students, officer).no, appointmentDate(rng, academicYear, today)]);
  });

  // --- workstations ---------------------------------------------------------------------------
  const workstationRows: string[][] = [];
  for (const college of colleges) {
    if (workstationGaps.has(college.index)) continue;
    const floorNo = 1 + rng.int(5);
    const room = `${rng.pick(OFFICE_BUILDINGS)}${floorNo}层${floorNo}${pad(1 + rng.int(30), 2)}`;
    let facilities: string[] = [...FACILITY_LIST];
    if (rng.chance(0.3)) {
      const missing = new Set(rng.sample(FACILITY_LIST, 1 + rng.int(2)));
      facilities = facilities.filter((f) => !missing.has(f as (typeof FACILITY_LIST)[number]));
    }
    workstationRows.push([college.code, room, facilities.join(';')]);
  }

  // --- CSV ------------------------------------------------------------------------------------
  const rows: Record<RosterKindName, string[][]> = {
    COLLEGES: colleges.map((c) => [c.code, c.name]),
    STAFF: staff.map((s) => [s.no, s.name, s.college.code]),
    CLASSES: classes.map((c) => [c.code, c.name, c.college.code, c.level, String(c.grade), c.counselor]),
    DORMITORIES: dorms.map((d) => [d.code, d.building, d.room, d.college.code, d.level]),
    STUDENTS: students.map((s) => [
      s.no,
      s.name,
      s.gender,
      at(classes, s.cls).code,
      s.dorm >= 0 ? at(dorms, s.dorm).code : '',
      s.status,
      s.head ? 'true' : 'false',
    ]),
    WORKING_GROUP: workingGroup
      .filter((w) => wgGaps.get(w.college.index) !== w.position)
      .map((w) => [w.college.code, w.staffNo, w.position, w.levels.join(';')]),
    WORKSTATIONS: workstationRows,
    COMMITTEE_MEMBERS: committeeRows,
    DORM_OFFICERS: officerRows,
  };

  const files = {} as Record<RosterKindName, string>;
  const counts = {} as Record<RosterKindName, number>;
  for (const kind of IMPORT_ORDER) {
    // The product's one CSV writer, so demo files are quoted and neutralised like every export.
    files[kind] = toCsv([ROSTER_HEADERS[kind], ...rows[kind]]);
    counts[kind] = rows[kind].length;
  }
  return { files, counts };
}
