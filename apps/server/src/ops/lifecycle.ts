import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { localeFrom, tx } from '@carenet/domain';
import type express from 'express';

/** Whether this instance is shutting down: it then finishes what it runs and takes nothing new. */
export class Lifecycle {
  draining = false;
}

/** During shutdown every new request is refused at once, so a load balancer retries it elsewhere. */
export function drainGuard(state: Lifecycle): express.RequestHandler {
  return (req, res, next) => {
    if (!state.draining) return next();
    const text = tx('this server is shutting down; try again in a moment', '服务器正在停止，请稍后重试');
    res.setHeader('connection', 'close');
    res.setHeader('retry-after', '5');
    res.status(503).json({ errors: [{ message: text.in(localeFrom(req.headers['accept-language'])), extensions: { code: 'SHUTTING_DOWN' } }] });
  };
}

/**
 * /healthz: the process answers. /readyz: it should get traffic, i.e. the database answers, every
 * migration is applied and it is not shutting down.
 */
export function probes(app: express.Express, orm: MikroORM, state: Lifecycle): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (state.draining) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await orm.em.fork().getConnection().execute('select 1');
    } catch {
      res.status(503).json({ status: 'database unavailable' });
      return;
    }
    try {
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length) {
        res.status(503).json({ status: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
    } catch {
      res.status(503).json({ status: 'migrations unknown' });
      return;
    }
    res.json({ status: 'ready' });
  });
}

/**
 * Stops taking connections, lets running requests finish (new requests on kept-alive connections
 * are refused by drainGuard), and closes every connection once it is idle. Resolves true when all
 * finished in time, false when the rest were cut after `timeoutMs`.
 */
export function drain(server: Server, state: Lifecycle, timeoutMs: number): Promise<boolean> {
  state.draining = true;
  return new Promise((resolve) => {
    let done = false;
    const finish = (clean: boolean) => {
      if (done) return;
      done = true;
      clearInterval(idle);
      clearTimeout(cut);
      resolve(clean);
    };
    server.close(() => finish(true));
    // A kept-alive connection goes idle once its response is sent; close it then.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    const cut = setTimeout(() => {
      server.closeAllConnections();
      finish(false);
    }, timeoutMs);
  });
}
