import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createServer } from 'node:net';
import type { EntityManager } from '@mikro-orm/knex';
import { today } from '../common/dates.js';
import { loadConfig } from '../config.js';
import { BENCHMARK_OPTIONS, generateUniversity, IMPORT_ORDER } from '../db/demo/generate.js';
import { openOrm } from '../db/orm.js';
import { createServices } from '../services.js';
import { readCsv } from '../modules/roster-import/table-reader.js';
import { scratch } from './scratch.js';

// `npm run bench -- load`: the server in its own process (as in production), this process sending
// one-row imports and metric reads at fixed rates (open loop: a slow answer does not slow the sender).

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const METRICS_TOKEN = 'bench-load-metrics-token';

/** The server's own Prometheus figures: one value per series, by its name with labels. */
async function scrape(base: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  try {
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const at = line.lastIndexOf(' ');
      out.set(line.slice(0, at), Number(line.slice(at + 1)));
    }
  } catch {
    // the server is busy or gone; the sample is skipped
  }
  return out;
}

/** The figures of several instances: counters and pool gauges summed, the event-loop delay the longest. */
async function scrapeAll(servers: { base: string }[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const m of await Promise.all(servers.map((x) => scrape(x.base)))) {
    for (const [k, v] of m) out.set(k, k.includes('eventloop_lag') ? Math.max(out.get(k) ?? 0, v) : (out.get(k) ?? 0) + v);
  }
  return out;
}

/** Mean and maximum of samples taken once a second. */
class Gauge {
  private n = 0;
  private sum = 0;
  max = 0;
  add(v: number | undefined) {
    if (v === undefined || Number.isNaN(v)) return;
    this.n++;
    this.sum += v;
    this.max = Math.max(this.max, v);
  }
  toString() {
    return `${(this.sum / Math.max(1, this.n)).toFixed(2)} avg / ${this.max.toFixed(2)} max`;
  }
}

/** Starts `node dist/main.js` on the database and waits until /readyz says ready. */
async function startServerProcess(databaseUrl: string) {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": to profile the server under load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, new URL('../main.js', import.meta.url).pathname], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DASHBOARD_DIR: '/nonexistent',
      METRICS_TOKEN,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** CPU seconds (user + system) used so far by the processes whose command name matches, from /proc (Linux). */
function cpuSeconds(match: (pid: number, comm: string) => boolean): number {
  let ticks = 0;
  for (const d of readdirSync('/proc')) {
    const pid = Number(d);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!match(pid, comm)) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

interface Sample {
  ms: number;
  ok: boolean;
  status: number;
}

/** Sends `send` every 1000/rate ms for `seconds`, without waiting for answers; resolves when all answered. */
async function openLoop(rate: number, seconds: number, send: (i: number) => Promise<Sample[]>): Promise<Sample[]> {
  const out: Promise<Sample[]>[] = [];
  const start = performance.now();
  const n = Math.round(rate * seconds);
  for (let i = 0; i < n; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    out.push(send(i));
  }
  return (await Promise.all(out)).flat();
}

async function timed(fn: () => Promise<Response>, check: (body: any) => boolean): Promise<Sample> {
  const t = performance.now();
  try {
    const res = await fn();
    const body = await res.json().catch(() => null);
    return { ms: performance.now() - t, ok: res.ok && check(body), status: res.status };
  } catch {
    return { ms: performance.now() - t, ok: false, status: 0 };
  }
}

const IMPORT = `mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created unchanged errors { row column message } } }`;
const COVERAGE = `query($l: NetworkLevel!) { networkCoverage(level: $l) { total { classes classesCovered dormitories dormitoriesCovered } } }`;

export async function benchLoad(o: { pg?: string; seconds?: number; writes?: number; reads?: number; students?: number; engines?: string[]; instances?: number }) {
  const instances = o.instances ?? 1;
  const seconds = o.seconds ?? 300;
  const writeRate = o.writes ?? 30;
  const readRate = o.reads ?? 15;
  const wanted = o.engines ?? ['sqlite', 'postgresql'];
  const engines = (['sqlite', 'postgresql'] as const).filter((e) => wanted.includes(e) && (e === 'sqlite' || o.pg));
  if (!o.pg) console.log('(no --pg / BENCH_PG_URL / TEST_PG_URL: PostgreSQL skipped)');
  const uni = generateUniversity({ ...BENCHMARK_OPTIONS, students: o.students ?? BENCHMARK_OPTIONS.students, today: today(loadConfig().timeZone) });
  // Two enrolled students of each class and one of each dorm: the posts the writes fill.
  const students = readCsv(uni.files.STUDENTS ?? '');
  const col = (name: string) => students.header.indexOf(name);
  const [sNo, sClass, sDorm, sStatus] = [col('student_no'), col('class_code'), col('dorm_code'), col('status')];
  const perClass = new Map<string, string[]>();
  const perDorm = new Map<string, string>();
  for (const r of students.rows) {
    if (r[sStatus] !== 'ENROLLED') continue;
    const c = r[sClass] as string;
    const list = perClass.get(c) ?? [];
    if (list.length < 2) perClass.set(c, [...list, r[sNo] as string]);
    const d = r[sDorm];
    if (d && !perDorm.has(d)) perDorm.set(d, r[sNo] as string);
  }
  const committee = [...perClass].flatMap(([c, ss]) => ss.map((s) => `class_code,student_no,appointed_on\n${c},${s},${today('Asia/Shanghai')}\n`));
  const officers = [...perDorm].map(([d, s]) => `dorm_code,student_no,appointed_on\n${d},${s},${today('Asia/Shanghai')}\n`);
  const lines = [
    '| engine | writes/s | reads/s | seconds | writes sent | failed | write p50 ms | write p95 ms | write max ms | reads sent | failed | read p50 ms | read p95 ms | read max ms | posts created = sent |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const ramp = ['| engine | reads/s alone | p50 ms | p95 ms | failed |', '|---|---:|---:|---:|---:|'];
  for (const engine of engines) {
    console.log(`${engine}: loading ${uni.counts.STUDENTS} students (roster only, no posts) ...`);
    const db = await scratch(engine, o.pg, 'load');
    const { loadUniversity } = await import('../db/demo/demo.js');
    await loadUniversity(db.url, uni.files, () => {}, IMPORT_ORDER.filter((k) => k !== 'COMMITTEE_MEMBERS' && k !== 'DORM_OFFICERS'));
    const orm = await openOrm(db.url);
    const { token } = await createServices({ timeZone: 'Asia/Shanghai' }).tokens.createApiToken(
      orm.em.fork() as EntityManager,
      { kind: 'system', name: 'bench' },
      { name: 'load', scopes: ['METRICS_READ', 'ROSTER_WRITE'] },
    );
    await orm.close();
    // More than one instance on PostgreSQL: the sender takes turns among them, as a reverse proxy would.
    const servers = await Promise.all(Array.from({ length: engine === 'postgresql' ? instances : 1 }, () => startServerProcess(db.url)));
    const label = servers.length > 1 ? `${engine}, ${servers.length} instances` : engine;
    const isServer = (pid: number) => servers.some((x) => x.pid === pid);
    let turn = 0;
    const post = (query: string, variables: Record<string, unknown>) => () =>
      fetch(`${servers[turn++ % servers.length]!.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
    // One coverage read, alternately of each level.
    const read = (i: number) => timed(post(COVERAGE, { l: i % 2 ? 'GRADUATE' : 'UNDERGRADUATE' }), (b) => !!b?.data?.networkCoverage);
    try {
      // The server's CPU per request, one request at a time: what bounds one instance's throughput.
      const cpuPerRequest = async (n: number, send: (i: number) => Promise<Sample>) => {
        const c0 = cpuSeconds(isServer);
        const t0 = performance.now();
        let failed = 0;
        for (let i = 0; i < n; i++) if (!(await send(i)).ok) failed++;
        const ms = (1000 * (cpuSeconds(isServer) - c0)) / n;
        return `${ms.toFixed(1)} ms CPU, ${((performance.now() - t0) / n).toFixed(1)} ms wall${failed ? ` (${failed} failed)` : ''}`;
      };
      const probeWrites = 200;
      const readCpu = await cpuPerRequest(200, read);
      // dorms from the end of the list, which the writes below do not reach
      const writeCpu = await cpuPerRequest(probeWrites, (i) =>
        timed(post(IMPORT, { kind: 'DORM_OFFICERS', csv: officers[officers.length - 1 - i] }), (b) => b?.data?.importRoster?.created === 1),
      );
      console.log(`  server per request, one at a time: networkCoverage ${readCpu}; one-row import ${writeCpu}`);
      // How many reads per second one instance serves before latency grows (no writes).
      for (const rate of [10, 25, 50, 100, 200]) {
        const s = await openLoop(rate, 10, async (i) => [
          await read(i),
        ]);
        const ok = s.filter((x) => x.ok).map((x) => x.ms);
        const line = `| ${label} | ${rate} | ${pct(ok, 50).toFixed(1)} | ${pct(ok, 95).toFixed(1)} | ${s.length - ok.length} |`;
        ramp.push(line);
        console.log(line);
        if (pct(ok, 95) > 1000) break;
      }
      // Writes (every fifth sent twice at the same moment) and reads together.
      let next = 0;
      let created = 0;
      let duplicatesUnchanged = 0;
      const writeSamples = openLoop(writeRate, seconds, async (i) => {
        const k = next++;
        const [kind, csv] = k % 2 === 0 && committee[k >> 1] ? ['COMMITTEE_MEMBERS', committee[k >> 1]] : ['DORM_OFFICERS', officers[k]];
        const one = () =>
          timed(post(IMPORT, { kind, csv }), (b) => {
            const r = b?.data?.importRoster;
            if (!r || r.errors.length) return false;
            if (r.created === 1) created++;
            else if (r.unchanged === 1) duplicatesUnchanged++;
            return true;
          });
        return i % 5 === 4 ? Promise.all([one(), one()]) : [await one()];
      });
      const readSamples = openLoop(readRate, seconds, async (i) => [
        await read(i),
      ]);
      // Where the time goes: CPU of each process over the mixed phase.
      const cpu = () => ({ server: cpuSeconds(isServer), postgres: cpuSeconds((_, c) => c === 'postgres'), sender: process.cpuUsage() });
      const cpu0 = cpu();
      const t0 = Date.now();
      // Once a second: the server's event-loop lag and pool, and on PostgreSQL what its backends do.
      const gauges = {
        loopLagMs: new Gauge(),
        poolUsed: new Gauge(),
        poolPending: new Gauge(),
        active: new Gauge(),
        idleInTransaction: new Gauge(),
        lockWaits: new Gauge(),
      };
      const before = await scrapeAll(servers);
      const watch = engine === 'postgresql' ? await openOrm(db.url) : null;
      const sampler = setInterval(() => {
        void scrapeAll(servers).then((m) => {
          // the longest delay of the event loop since the last scrape (prom-client resets it on each)
          gauges.loopLagMs.add(1000 * (m.get('carenet_nodejs_eventloop_lag_max_seconds') ?? NaN));
          gauges.poolUsed.add(m.get('carenet_db_pool_connections_used'));
          gauges.poolPending.add(m.get('carenet_db_pool_pending_acquires'));
        });
        void watch?.em
          .fork()
          .getConnection()
          .execute<{ active: number; idle_tx: number; locks: number }[]>(
            `select count(*) filter (where state = 'active') as active, count(*) filter (where state like 'idle in transaction%') as idle_tx,
                    count(*) filter (where wait_event_type = 'Lock') as locks
               from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
            [],
            'all',
          )
          .then(([x]) => {
            gauges.active.add(Number(x?.active));
            gauges.idleInTransaction.add(Number(x?.idle_tx));
            gauges.lockWaits.add(Number(x?.locks));
          })
          .catch(() => {});
      }, 1000);
      const [w, r] = await Promise.all([writeSamples, readSamples]);
      clearInterval(sampler);
      await watch?.close();
      const after = await scrapeAll(servers);
      const cpu1 = cpu();
      const wall = (Date.now() - t0) / 1000;
      const senderCpu = (cpu1.sender.user - cpu0.sender.user + cpu1.sender.system - cpu0.sender.system) / 1e6;
      const share = (x: number) => `${((100 * x) / wall).toFixed(0)}%`;
      console.log(
        `  cpu over ${wall.toFixed(0)} s on ${cpus().length} cores: server ${share(cpu1.server - cpu0.server)}, postgres ${share(cpu1.postgres - cpu0.postgres)}, sender ${share(senderCpu)} of one core`,
      );
      const gc = [...after]
        .filter(([k]) => k.startsWith('carenet_nodejs_gc_duration_seconds_sum'))
        .map(([k, v]) => `${/kind="(\w+)"/.exec(k)?.[1]} ${(v - (before.get(k) ?? 0)).toFixed(1)} s`);
      console.log(`  server garbage collection: ${gc.join(', ')}; heap used ${((after.get('carenet_nodejs_heap_size_used_bytes') ?? 0) / 2 ** 20).toFixed(0)} MiB`);
      console.log(`  server event-loop delay ms, longest per second: ${gauges.loopLagMs}; pool connections used ${gauges.poolUsed}, requests waiting for one ${gauges.poolPending}`);
      if (watch) console.log(`  backends active ${gauges.active}, idle in transaction ${gauges.idleInTransaction}, waiting on a lock ${gauges.lockWaits}`);
      // Time inside GraphQL (the server's histogram) against what the sender saw: the rest is queueing before it.
      for (const op of ['importRoster', 'networkCoverage']) {
        const key = (k: string) => `carenet_graphql_request_duration_seconds_${k}{operation="${op}",outcome="ok"}`;
        const d = (k: string) => (after.get(key(k)) ?? 0) - (before.get(key(k)) ?? 0);
        console.log(`  ${op}: mean inside GraphQL ${((1000 * d('sum')) / Math.max(1, d('count'))).toFixed(1)} ms over ${d('count')} requests`);
      }
      const orm2 = await openOrm(db.url);
      const conn = orm2.em.fork().getConnection();
      const [cm] = await conn.execute<{ n: number }[]>(`select count(*) as n from committee_appointment where ended_on is null`, [], 'all');
      const [dof] = await conn.execute<{ n: number }[]>(`select count(*) as n from dorm_officer_appointment where ended_on is null`, [], 'all');
      await orm2.close();
      const posts = Number(cm?.n) + Number(dof?.n) - probeWrites;
      const wOk = w.filter((x) => x.ok).map((x) => x.ms);
      const rOk = r.filter((x) => x.ok).map((x) => x.ms);
      const statuses = [...new Set(w.concat(r).filter((x) => !x.ok).map((x) => x.status))];
      const line =
        `| ${label} | ${writeRate} | ${readRate} | ${seconds} | ${w.length} | ${w.length - wOk.length} | ${pct(wOk, 50).toFixed(1)} | ${pct(wOk, 95).toFixed(1)} | ${Math.max(...wOk).toFixed(0)} ` +
        `| ${r.length} | ${r.length - rOk.length} | ${pct(rOk, 50).toFixed(1)} | ${pct(rOk, 95).toFixed(1)} | ${Math.max(...rOk).toFixed(0)} | ${posts} = ${next} (${created} created, ${duplicatesUnchanged} duplicates unchanged) |`;
      lines.push(line);
      console.log(line);
      if (statuses.length) console.log(`  failed requests answered with HTTP status ${statuses.join(', ')} (0: no answer)`);
    } finally {
      await Promise.all(servers.map((x) => x.stop()));
      await db.drop();
    }
  }
  console.log(`\nMarkdown for docs/performance.md:\n\n${lines.join('\n')}\n\n${ramp.join('\n')}\n`);
}
