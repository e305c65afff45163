// A worker thread that answers read-only SQL on a SQLite file (see db/reads.ts): the driver is
// synchronous, so a long report run here leaves the server's event loop free.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'libsql';

const db = new Database((workerData as { path: string }).path, { readonly: true });
db.exec('pragma busy_timeout = 5000');

parentPort!.on('message', (m: { id: number; sql: string; params: unknown[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, rows: db.prepare(m.sql).all(...m.params) });
  } catch (e) {
    const err = e as { message?: string; code?: string };
    parentPort!.postMessage({ id: m.id, error: { message: String(err.message ?? e), code: err.code ?? null } });
  }
});
