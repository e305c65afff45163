import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drain } from '../src/ops/lifecycle.js';
import { createLogger } from '../src/ops/logging.js';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123';

/** A logger whose JSON lines are kept in memory. */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe.each(ENGINES)('operations on %s', (engine) => {
  let s: TestServer;
  const log = capturedLogger();
  beforeAll(async () => {
    s = await startServer(engine, { METRICS_TOKEN }, { logger: log.logger });
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  it('/healthz answers; /readyz says whether the database is reachable and migrated', async () => {
    expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    // As if this instance were newer than its database: a migration not yet applied.
    const [last] = await s.sql<{ id: number; name: string }>(`select id, name from mikro_orm_migrations order by id desc limit 1`);
    await s.sql(`delete from mikro_orm_migrations where id = ?`, [last!.id]);
    try {
      const pending = await fetch(`${s.url}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'migrations pending', pending: [last!.name] });
    } finally {
      await s.sql(`insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)`, [last!.id, last!.name, new Date()]);
    }
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
  });

  it('logs one JSON line per request with its id and operation, and no personal data', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-req-42', authorization: `Bearer ${(await s.login(ADMIN.username, ADMIN.password)).token}` },
      body: JSON.stringify({ query: '{ networkCoverage(level: UNDERGRADUATE) { level } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('proxy-req-42');
    const lines = log.lines.map((l) => JSON.parse(l) as Record<string, any>);
    const requests = lines.filter((l) => l.req);
    expect(requests.length).toBeGreaterThan(5);
    for (const l of requests) {
      expect(l.reqId).toEqual(expect.any(String));
      expect(l.req.path).toBe('/graphql');
      expect(l.responseTime).toEqual(expect.any(Number));
    }
    // Each key once: a line with "reqId" twice is ambiguous to log shippers (JSON.parse keeps the last).
    for (const raw of log.lines.filter((l) => l.includes('"req":'))) expect(raw.match(/"reqId":/g)).toHaveLength(1);
    const ours = requests.find((l) => l.reqId === 'proxy-req-42');
    expect(ours).toMatchObject({ operation: 'networkCoverage', res: { statusCode: 200 }, level: 30 });
    expect(new Set(requests.map((l) => l.operation))).toEqual(new Set(['login', 'importRoster', 'networkCoverage']));
    // Names, student numbers, passwords and tokens travel in bodies and headers, never into the log.
    const text = log.lines.join('\n');
    for (const secret of [ADMIN.password, '学生一', '2023000001', 'T0000001', '王书记', 'Bearer', 'authorization', 'cookie']) {
      expect(text).not.toContain(secret);
    }
  });

  it('serves Prometheus metrics behind METRICS_TOKEN', async () => {
    expect((await fetch(`${s.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${s.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token-1' } })).status).toBe(401);
    const res = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}"+]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    // The roster fixture has 8 students; the previous test read coverage once.
    expect(value('carenet_import_rows_total{kind="STUDENTS",outcome="created"}')).toBe(8);
    expect(value('carenet_graphql_request_duration_seconds_count{operation="networkCoverage",outcome="ok"}')).toBe(1);
    expect(value('carenet_graphql_request_duration_seconds_count{operation="importRoster",outcome="ok"}')).toBe(UNIVERSITY.length);
    expect(value('carenet_db_pool_connections_max')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('carenet_process_cpu_seconds_total');
  });

  it('refuses new requests while shutting down, in the client language', async () => {
    s.lifecycle.draining = true;
    try {
      const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { username } }"}' });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toEqual({ message: '服务器正在停止，请稍后重试', extensions: { code: 'SHUTTING_DOWN' } });
      expect((await fetch(`${s.url}/readyz`)).status).toBe(503);
    } finally {
      s.lifecycle.draining = false;
    }
  });

  it('finishes a running request when stopped, and takes no new connection', async () => {
    const { token } = await s.login(ADMIN.username, ADMIN.password);
    const body = JSON.stringify({ query: '{ networkCoverage(level: UNDERGRADUATE) { level total { classes } } }' });
    const port = new URL(s.url).port;
    const socket = connect(Number(port), '127.0.0.1');
    let response = '';
    socket.on('data', (d) => (response += String(d)));
    const closed = new Promise((r) => socket.on('close', r));
    await new Promise((r) => socket.on('connect', r));
    // The request is under way: headers and half of the body have arrived.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 20)}`,
    );
    await new Promise((r) => setTimeout(r, 150));
    const stopping = drain(s.http, s.lifecycle, 5000);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    socket.write(body.slice(20));
    await closed;
    expect(await stopping).toBe(true);
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"networkCoverage":{"level":"UNDERGRADUATE","total":{"classes":');
  });
});
