import { Agent, createServer, request } from 'node:http';
import { SYSTEM } from '../common/actor.js';
import { today } from '../common/dates.js';
import { type GraphqlExecutor, loadConfig } from '../config.js';
import { BENCHMARK_OPTIONS, generateUniversity, IMPORT_ORDER } from '../db/demo/generate.js';
import { migrate, openOrm } from '../db/orm.js';
import { createServices } from '../services.js';
import { readCsv } from '../modules/roster-import/table-reader.js';
import { type Scratch, scratch } from './scratch.js';

/** The date the generated roster describes: today in the university's time zone, as the import judges dates. */
const rosterDate = () => today(loadConfig().timeZone);

/** Imports a generated university kind by kind and prints seconds and rows per second. */
async function benchImport(students: number, pgUrl?: string) {
  const opts = { ...BENCHMARK_OPTIONS, students, today: rosterDate() };
  const t0 = Date.now();
  const uni = generateUniversity(opts);
  console.log(`generated ${students} students, ${uni.counts.CLASSES} classes, ${uni.counts.DORMITORIES} dorms, ${opts.colleges} colleges in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const engines: ('sqlite' | 'postgresql')[] = pgUrl ? ['sqlite', 'postgresql'] : ['sqlite'];
  if (!pgUrl) console.log('(no --pg / BENCH_PG_URL / TEST_PG_URL: PostgreSQL skipped)');
  const lines: string[] = ['| engine | kind | rows | seconds | rows/s | re-import seconds (all unchanged) |', '|---|---|---:|---:|---:|---:|'];
  for (const engine of engines) {
    const db = await scratch(engine, pgUrl);
    const orm = await openOrm(db.url);
    try {
      await migrate(orm);
      const importer = createServices({ timeZone: 'Asia/Shanghai' }).rosterImport;
      let total = 0;
      let totalRows = 0;
      for (const kind of IMPORT_ORDER) {
        const table = readCsv(uni.files[kind]);
        const t = process.hrtime.bigint();
        const res = await importer.importTable(orm.em.fork(), SYSTEM, kind, table);
        const secs = Number(process.hrtime.bigint() - t) / 1e9;
        if (res.errors.length) throw new Error(`${kind}: ${JSON.stringify(res.errors.slice(0, 3))}`);
        const t2 = process.hrtime.bigint();
        const again = await importer.importTable(orm.em.fork(), SYSTEM, kind, table);
        const secs2 = Number(process.hrtime.bigint() - t2) / 1e9;
        if (again.unchanged !== table.rows.length) throw new Error(`${kind}: re-import was not all unchanged`);
        total += secs;
        totalRows += res.created;
        const line = `| ${engine} | ${kind} | ${res.created} | ${secs.toFixed(2)} | ${Math.round(res.created / secs)} | ${secs2.toFixed(2)} |`;
        lines.push(line);
        console.log(line);
      }
      const line = `| ${engine} | **all** | ${totalRows} | ${total.toFixed(2)} | ${Math.round(totalRows / total)} | |`;
      lines.push(line);
      console.log(line);
    } finally {
      await orm.close(true);
      await db.drop();
    }
    // The same files through the API, as a student-affairs office's tool would send them: one
    // importRoster request per file, with a ROSTER_WRITE token.
    const served = await servedApp(await scratch(engine, pgUrl, 'http'), ['ROSTER_WRITE']);
    try {
      let total = 0;
      for (const kind of IMPORT_ORDER) {
        const t = process.hrtime.bigint();
        const body = await served.gql(
          'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }',
          { kind, csv: uni.files[kind] },
        );
        const secs = Number(process.hrtime.bigint() - t) / 1e9;
        const res = body.data?.importRoster as { created: number; errors: unknown[] };
        if (res.errors.length) throw new Error(`${kind} over HTTP: ${JSON.stringify(res.errors.slice(0, 3))}`);
        total += secs;
        const line = `| ${engine} (HTTP) | ${kind} | ${res.created} | ${secs.toFixed(2)} | ${Math.round(res.created / secs)} | |`;
        lines.push(line);
        console.log(line);
      }
      lines.push(`| ${engine} (HTTP) | **all** | | ${total.toFixed(2)} | | |`);
      console.log(lines[lines.length - 1]);
    } finally {
      await served.close();
    }
  }
  console.log(`\nMarkdown for docs/performance.md:\n\n${lines.join('\n')}\n`);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

async function timeIt(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

const COVERAGE_QUERY = `query($l: NetworkLevel!) { networkCoverage(level: $l) { level
  total { classes classesCovered dormitories dormitoriesCovered committeeMembers dormOfficers colleges collegesWithCompleteWorkingGroup collegesWithWorkstation classCoverage dormCoverage }
  colleges { collegeCode collegeName classes classesCovered dormitories dormitoriesCovered committeeMembers dormOfficers colleges collegesWithCompleteWorkingGroup collegesWithWorkstation classCoverage dormCoverage } } }`;

type Gql = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> }>;

/** One app on `orm` with the given GraphQL executor, listening on a port of its own, and a client for it. */
async function listeningApp(orm: import('@mikro-orm/core').MikroORM, dbUrl: string, executor: GraphqlExecutor, token: () => string) {
  const { createApp } = await import('../app.js');
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: dbUrl, LOG_LEVEL: 'silent', GRAPHQL_EXECUTOR: executor }), dashboardDir: '/nonexistent' };
  const { app, apollo, services } = await createApp(orm, config);
  const server = createServer(app);
  // A bare-SQL loop on SQLite holds the event loop for many seconds; with Node's 5 s keep-alive the
  // server would close idle sockets the client still thinks are open ("fetch failed").
  server.keepAliveTimeout = 0;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/graphql`;
  // node:http with a kept-alive socket, not fetch: undici's fetch spent about 2 ms of every request in
  // this process (web streams, its own JSON parse), which is the client's cost, not the server's.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  // The answer's bytes, as any client receives them.
  const post = (query: string, variables: Record<string, unknown>) =>
    new Promise<Buffer>((resolve, reject) => {
      const payload = JSON.stringify({ query, variables });
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token()}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const parsed = (body: Buffer) => {
    const answer = JSON.parse(body.toString('utf8')) as { errors?: unknown; data?: Record<string, unknown> };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer;
  };
  const gql: Gql = async (query, variables) => parsed(await post(query, variables));
  // For the timings: the first answer to each request is parsed and checked; later ones of the same
  // length are the same answer (nothing is written meanwhile) and are not decoded again. Decoding and
  // parsing 140 KB took this process about 2 ms, the client's work, not the server's.
  const checkedLength = new Map<string, number>();
  const timed = async (query: string, variables: Record<string, unknown>): Promise<void> => {
    const key = JSON.stringify([query, variables]);
    const body = await post(query, variables);
    if (checkedLength.get(key) === body.length) return;
    parsed(body);
    checkedLength.set(key, body.length);
  };
  const close = async () => {
    agent.destroy();
    await new Promise((r) => server.close(r));
    await apollo.stop();
  };
  return { gql, timed, services, close };
}

/**
 * The app over HTTP on a database (migrated here if it is new), with an API token of the given scopes
 * and a statement counter; `gql` and `timed` run the default executor (graphql-jit), `timedJs` the
 * same app with graphql-js, on its own port, so that the two can be compared request by request.
 */
async function servedApp(db: Scratch, scopes: string[]) {
  let statements = 0;
  const orm = await openOrm(db.url, { onQuery: () => statements++ });
  await migrate(orm);
  let token = '';
  const jit = await listeningApp(orm, db.url, 'jit', () => token);
  const js = await listeningApp(orm, db.url, 'graphql-js', () => token);
  const services = jit.services;
  const em = orm.em.fork() as import('@mikro-orm/knex').EntityManager;
  token = (await services.tokens.createApiToken(em, { kind: 'system', name: 'bench' }, { name: 'bench', scopes: scopes as never })).token;
  return {
    dbUrl: db.url,
    gql: jit.gql,
    timed: jit.timed,
    timedJs: js.timed,
    services,
    em: () => orm.em.fork() as import('@mikro-orm/knex').EntityManager,
    countStatements: async (fn: () => Promise<unknown>) => {
      const before = statements;
      await fn();
      return statements - before;
    },
    close: async () => {
      await jit.close();
      await js.close();
      await orm.close(true);
      await db.drop();
    },
  };
}

async function servedUniversity(engine: 'sqlite' | 'postgresql', pgUrl: string | undefined, opts: { colleges: number; students: number; classes: number; dormitories: number }) {
  const db = await scratch(engine, pgUrl);
  const uni = generateUniversity({ ...BENCHMARK_OPTIONS, ...opts, today: rosterDate() });
  const { loadUniversity } = await import('../db/demo/demo.js');
  await loadUniversity(db.url, uni.files, () => {});
  const served = await servedApp(db, ['METRICS_READ', 'ROSTER_READ']);
  return {
    ...served,
    query: (level: string) => served.gql(COVERAGE_QUERY, { l: level }),
    raw: (level: string) => served.services.coverage.rawCoverage(served.em(), level as 'UNDERGRADUATE'),
  };
}

/** p50/p95 of networkCoverage over HTTP and of its bare SQL, their ratio, and statements per operation. */
async function benchCoverage(students: number, pgUrl?: string) {
  const engines: ('sqlite' | 'postgresql')[] = pgUrl ? ['sqlite', 'postgresql'] : ['sqlite'];
  if (!pgUrl) console.log('(no --pg / BENCH_PG_URL / TEST_PG_URL: PostgreSQL skipped)');
  const n = 100;
  const lines = [
    '| engine | level | GraphQL p50 ms | GraphQL p95 ms | bare SQL p50 ms | bare SQL p95 ms | p95 ratio |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  const stmtLines = ['| engine | colleges | SQL statements per networkCoverage |', '|---|---:|---:|'];
  for (const engine of engines) {
    const small = await servedUniversity(engine, pgUrl, { colleges: 10, students: 16000, classes: 500, dormitories: 4000 });
    stmtLines.push(`| ${engine} | 10 | ${await small.countStatements(() => small.query('UNDERGRADUATE'))} |`);
    await small.close();
    console.log(`${engine}: loading ${students} students ...`);
    const big = await servedUniversity(engine, pgUrl, { colleges: 50, students, classes: 2500, dormitories: 20000 });
    stmtLines.push(`| ${engine} | 50 | ${await big.countStatements(() => big.query('UNDERGRADUATE'))} |`);
    for (const level of ['UNDERGRADUATE', 'GRADUATE']) {
      const http = await timeIt(n, () => big.query(level));
      const raw = await timeIt(n, () => big.raw(level));
      const line = `| ${engine} | ${level} | ${pct(http, 50).toFixed(1)} | ${pct(http, 95).toFixed(1)} | ${pct(raw, 50).toFixed(1)} | ${pct(raw, 95).toFixed(1)} | ${(pct(http, 95) / pct(raw, 95)).toFixed(2)} |`;
      lines.push(line);
      console.log(line);
    }
    await big.close();
  }
  console.log(`\nMarkdown for docs/performance.md (${n} runs each, after 3 warm-up runs):\n\n${lines.join('\n')}\n\n${stmtLines.join('\n')}\n`);
}

const TRAINING_QUERY = `query($l: NetworkLevel!, $s: String!) { trainingCompletion(level: $l, semester: $s) {
  total { trainees basicCompleted selfDesignedSessionsHeld attendedSelfDesigned completed completion }
  colleges { collegeCode collegeName trainees basicCompleted selfDesignedSessionsHeld attendedSelfDesigned completed basicCompletion selfDesignedAttendance completion } } }`;
const FOLLOW_UP_QUERY = `query($l: NetworkLevel!, $s: String!) { screeningFollowUp(level: $l, semester: $s) {
  total { screened flagged pending inProgress referred closed overdue }
  colleges { collegeCode collegeName suppressed screened flagged pending inProgress referred closed overdue flaggedRate closedRate overdueRate } } }`;

/**
 * trainingCompletion and screeningFollowUp at the given size, with this semester's activity (sessions,
 * attendance, completions, a PHQ-9 screening of a quarter of the students): p50/p95 over HTTP, the
 * bare SQL, their ratio, and the screening import's rows per second.
 */
async function benchActivity(students: number, pgUrl?: string) {
  const engines: ('sqlite' | 'postgresql')[] = pgUrl ? ['sqlite', 'postgresql'] : ['sqlite'];
  if (!pgUrl) console.log('(no --pg / BENCH_PG_URL / TEST_PG_URL: PostgreSQL skipped)');
  const { seedActivity } = await import('../db/demo/activity.js');
  const { defaultSemesterOf } = await import('@carenet/domain');
  const { today } = await import('../common/dates.js');
  const day = today('Asia/Shanghai');
  const semester = defaultSemesterOf(day);
  const n = 100;
  const lines = ['| engine | operation | level | GraphQL p50 ms | GraphQL p95 ms | bare SQL p95 ms | p95 ratio |', '|---|---|---|---:|---:|---:|---:|'];
  const imports = ['| engine | screening results | import s | rows/s |', '|---|---:|---:|---:|'];
  for (const engine of engines) {
    console.log(`${engine}: loading ${students} students and this semester's activity ...`);
    const u = await servedUniversity(engine, pgUrl, { colleges: 50, students, classes: 2500, dormitories: 20000 });
    const seeded = await seedActivity(u.dbUrl, day, console.log, { screenedShare: 20000 / students });
    imports.push(`| ${engine} | ${seeded.results} | ${(seeded.importMs / 1000).toFixed(1)} | ${Math.round(seeded.results / (seeded.importMs / 1000))} |`);
    for (const level of ['UNDERGRADUATE', 'GRADUATE'] as const) {
      for (const [name, q, raw] of [
        ['trainingCompletion', TRAINING_QUERY, () => u.services.trainingReport.raw(u.em(), level, semester)],
        ['screeningFollowUp', FOLLOW_UP_QUERY, () => u.services.screeningReport.raw(u.em(), level, semester)],
      ] as const) {
        const http = await timeIt(n, () => u.gql(q, { l: level, s: semester }));
        const bare = await timeIt(n, raw);
        const line = `| ${engine} | ${name} | ${level} | ${pct(http, 50).toFixed(1)} | ${pct(http, 95).toFixed(1)} | ${pct(bare, 95).toFixed(1)} | ${(pct(http, 95) / pct(bare, 95)).toFixed(2)} |`;
        lines.push(line);
        console.log(line);
      }
    }
    await u.close();
  }
  console.log(`\nMarkdown for docs/performance.md (${n} runs each, after 3 warm-up runs):\n\n${lines.join('\n')}\n\n${imports.join('\n')}\n`);
}

const HISTORY_QUERY = `query($l: NetworkLevel!, $s: String!) { coverageHistory(level: $l, semester: $s) { level from to points { measuredOn classes classesCovered dormitories dormitoriesCovered classCoverage dormCoverage } } }`;
const ROSTER_QUERY = `query($c: String!, $l: NetworkLevel!) { roster(collegeCode: $c, level: $l) { level summary { classes classesCovered dormitories dormitoriesCovered classCoverage dormCoverage }
  classes { classGroup { code name } enrolledCount active covered committeeMembers { student { studentNo name } } }
  dormitories { dormitory { code } enrolledResidents active covered officer { student { studentNo name } } } } }`;

interface Size {
  colleges: number;
  students: number;
  classes: number;
  dormitories: number;
}
const SIZE_80K: Size = { colleges: 50, students: 80000, classes: 2500, dormitories: 20000 };
const SIZE_800K: Size = { colleges: 500, students: 800000, classes: 25000, dormitories: 200000 };

/** A full garbage collection, when node runs with --expose-gc (`npm run bench` does). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  else console.log('(node runs without --expose-gc: the garbage of loading is collected during the timings)');
}

/**
 * Runs each of `fns` 3 times to warm up, then all of them in turn (the order rotating) until each has
 * `max` timings or `budgetMs` has passed (at least 10): what is compared sees the same moments of
 * the machine, where timing one after the other let a busy minute fall on one side only.
 */
async function timeTogether(max: number, budgetMs: number, fns: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const fn of fns) for (let i = 0; i < 3; i++) await fn();
  const out: number[][] = fns.map(() => []);
  const start = Date.now();
  for (let round = 0; round < max && (round < 10 || Date.now() - start < budgetMs); round++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (round + k) % fns.length;
      const t = process.hrtime.bigint();
      await fns[i]!();
      out[i]!.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return out;
}

/**
 * Every metric operation at 80,000 students (both engines) and 800,000 (PostgreSQL; SQLite with
 * `--sqlite-large`): p50/p95 over HTTP, the same work without HTTP and GraphQL (the bare SQL; for the
 * roster its service call), their ratio, the same over HTTP with graphql-js executing instead of
 * graphql-jit, SQL statements per operation, and the roster import's rows/s.
 */
async function benchScale(o: { pg?: string; sqliteLarge?: boolean; sizes?: string }) {
  const { seedActivity } = await import('../db/demo/activity.js');
  const { defaultSemesterOf, parseSemester } = await import('@carenet/domain');
  const day = today('Asia/Shanghai');
  const semester = defaultSemesterOf(day);
  const sizes = (o.sizes ?? '80000,800000').split(',').map((x) => x.trim());
  const runs: [('sqlite' | 'postgresql'), Size][] = [];
  if (sizes.includes('80000')) runs.push(['sqlite', SIZE_80K]);
  if (sizes.includes('800000') && o.sqliteLarge) runs.push(['sqlite', SIZE_800K]);
  if (o.pg) {
    if (sizes.includes('80000')) runs.push(['postgresql', SIZE_80K]);
    if (sizes.includes('800000')) runs.push(['postgresql', SIZE_800K]);
  } else console.log('(no --pg / BENCH_PG_URL / TEST_PG_URL: PostgreSQL skipped)');
  const lines = [
    '| engine | students | operation | GraphQL p50 ms | GraphQL p95 ms | bare p95 ms | p95 ratio | ≤ bare + floor + 5 ms | graphql-js p95 ms | graphql-js ratio | statements |',
    '|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|',
  ];
  const imports = ['| engine | students | roster rows | load s | rows/s | activity s |', '|---|---:|---:|---:|---:|---:|'];
  for (const [engine, size] of runs) {
    console.log(`${engine}: loading ${size.students} students ...`);
    const t0 = Date.now();
    const u = await servedUniversity(engine, o.pg, size);
    const loadMs = Date.now() - t0;
    const t1 = Date.now();
    await seedActivity(u.dbUrl, day, console.log, { screenedShare: 0.25 });
    const rows = size.students + size.classes + size.dormitories + size.colleges;
    imports.push(`| ${engine} | ${size.students} | ${rows} | ${(loadMs / 1000).toFixed(0)} | ${Math.round(rows / (loadMs / 1000))} | ${((Date.now() - t1) / 1000).toFixed(0)} |`);
    console.log(imports[imports.length - 1]);
    // What a DBA runs after a bulk load: otherwise autovacuum works through the million new rows
    // during the timings, on one of the two cores.
    if (engine === 'postgresql') {
      const tv = Date.now();
      await u.em().getConnection().execute('vacuum analyze');
      console.log(`  vacuum analyze after loading: ${((Date.now() - tv) / 1000).toFixed(1)} s`);
    }
    const em = u.em;
    const level = 'UNDERGRADUATE' as const;
    const [first] = await em().getConnection().execute<{ code: string }[]>(`select code from college order by code limit 1`, [], 'all');
    const college = String(first?.code);
    const range = parseSemester(semester)!;
    const ops: [string, (gql: typeof u.timed) => Promise<unknown>, () => Promise<unknown>][] = [
      ['networkCoverage', (gql) => gql(COVERAGE_QUERY, { l: level }), () => u.raw(level)],
      ['coverageHistory', (gql) => gql(HISTORY_QUERY, { l: level, s: semester }), () => u.services.coverage.coverageHistory(em(), SYSTEM, level, range)],
      ['trainingCompletion', (gql) => gql(TRAINING_QUERY, { l: level, s: semester }), () => u.services.trainingReport.raw(em(), level, semester)],
      ['screeningFollowUp', (gql) => gql(FOLLOW_UP_QUERY, { l: level, s: semester }), () => u.services.screeningReport.raw(em(), level, semester)],
      [`roster (${college})`, (gql) => gql(ROSTER_QUERY, { c: college, l: level }), () => u.services.roster.roster(em(), SYSTEM, college, level)],
    ];
    // Loading and seeding leave about 600 MB of garbage in this process (80,000 students); collected
    // during the timings, it slowed every request. A server does not carry it: collect it first.
    collectGarbage();
    // The floor: what any request costs here with this token (routing, the token's lookup, GraphQL, JSON).
    const [floor = [], floorJs = []] = await timeTogether(100, 20000, [() => u.timed('{ __typename }', {}), () => u.timedJs('{ __typename }', {})]);
    lines.push(
      `| ${engine} | ${size.students} | { __typename } (a request's floor) | ${pct(floor, 50).toFixed(1)} | ${pct(floor, 95).toFixed(1)} | | | | ${pct(floorJs, 95).toFixed(1)} | | ${await u.countStatements(() => u.timed('{ __typename }', {}))} |`,
    );
    console.log(lines[lines.length - 1]);
    for (const [name, http, bare] of ops) {
      const statements = await u.countStatements(() => http(u.timed));
      const [h = [], js = [], b = []] = await timeTogether(100, 30000, [() => http(u.timed), () => http(u.timedJs), bare]);
      const ratio = (xs: number[]) => (pct(xs, 95) / pct(b, 95)).toFixed(2);
      // The goal for operations whose bare work is a few ms, where 1.5× is less than any request's
      // floor (docs/performance.md, "Where the goals stand"): what the answer adds beyond the floor.
      const allowance = pct(b, 95) + pct(floor, 95) + 5;
      const within = `${pct(h, 95) <= allowance ? 'yes' : 'no'} (${allowance.toFixed(1)})`;
      const line = `| ${engine} | ${size.students} | ${name} | ${pct(h, 50).toFixed(1)} | ${pct(h, 95).toFixed(1)} | ${pct(b, 95).toFixed(1)} | ${ratio(h)} | ${within} | ${pct(js, 95).toFixed(1)} | ${ratio(js)} | ${statements} |`;
      lines.push(line);
      console.log(line);
    }
    await u.close();
  }
  console.log(`\nMarkdown for docs/performance.md (up to 100 rounds or 30 s per operation, its three forms in turn, after 3 warm-up runs each):\n\n${lines.join('\n')}\n\n${imports.join('\n')}\n`);
}

export async function runBench(
  what: string,
  o: { students: number; pg?: string; sqliteLarge?: boolean; seconds?: number; sizes?: string; engines?: string[]; instances?: number },
) {
  if (what === 'scale') return benchScale(o);
  if (what === 'load') return (await import('./load.js')).benchLoad({ pg: o.pg, seconds: o.seconds, students: o.students, engines: o.engines, instances: o.instances });
  if (what === 'import') return benchImport(o.students, o.pg);
  if (what === 'coverage') return benchCoverage(o.students, o.pg);
  if (what === 'activity') return benchActivity(o.students, o.pg);
  throw new Error(`unknown benchmark "${what}"; try: import, coverage, activity, scale, load`);
}
