import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { type Locale, localeFrom, render, tx } from '@carenet/domain';
import express from 'express';
import type { Actor } from '../../common/actor.js';
import { AppError, type ErrorCode } from '../../common/errors.js';
import { currentLocale, withRequest } from '../../common/locale.js';
import type { Services } from '../../services.js';
import { EXPORT_KINDS, type ExportKind } from './exports.service.js';
import { CONTENT_TYPES, type TableFormat, tableWriter } from './table-writer.js';

const STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** Who is calling, as the /graphql authentication middleware leaves it in res.locals.auth. */
interface Auth {
  actor: Actor;
  authError: AppError | null;
}

function sendError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** RFC 6266 / 5987: an ASCII name for old clients, the real (Chinese) one as UTF-8. */
export function contentDisposition(filename: string, asciiFilename: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFilename.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/** `lang` in the query wins over Accept-Language: a download link cannot set headers. */
function localeOf(req: express.Request): Locale {
  const lang = req.query.lang;
  if (lang === 'en' || lang === 'zh') return lang;
  return localeFrom(req.headers['accept-language']);
}

/**
 * GET /exports/<students|roster|roster-gaps>.<csv|xlsx>: whole lists as files, streamed as they are
 * read (docs/api.md, Exports). Mounted behind the same authentication as /graphql; `authenticate`
 * is that middleware. A cookie-authenticated request must carry the header Apollo's CSRF
 * prevention asks of /graphql (apollo-require-preflight), so another site cannot trigger an export.
 */
export function exportRoutes(orm: MikroORM, services: Services, authenticate: express.RequestHandler): express.Router {
  const router = express.Router();
  router.use((req, _res, next) => withRequest({ locale: localeOf(req), clientAddress: req.ip ?? null }, next));
  router.use(authenticate);
  router.get('/:file', async (req, res) => {
    const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(req.params.file ?? '');
    const kind = m?.[1] as ExportKind | undefined;
    const format = m?.[2] as TableFormat | undefined;
    const locale = currentLocale();
    if (!kind || !format || !EXPORT_KINDS.includes(kind)) {
      const names = EXPORT_KINDS.map((k) => `${k}.csv, ${k}.xlsx`).join(', ');
      sendError(res, 404, 'NOT_FOUND', tx(`unknown export; try one of ${names}`, `没有该导出；可用：${names}`).in(locale));
      return;
    }
    const { actor, authError } = res.locals.auth as Auth;
    if (actor.kind === 'anonymous') {
      const e = authError ?? new AppError('UNAUTHENTICATED', tx('sign in first', '请先登录'));
      sendError(res, 401, 'UNAUTHENTICATED', render(e.text, locale));
      return;
    }
    const bearer = req.headers.authorization?.toLowerCase().startsWith('bearer ');
    if (!bearer && !req.get('apollo-require-preflight') && !req.get('x-apollo-operation-name')) {
      sendError(
        res,
        400,
        'BAD_REQUEST',
        tx(
          'this request was refused as a possible cross-site request forgery: send the header apollo-require-preflight: true',
          '该请求可能是跨站请求伪造，已拒绝：请带上请求头 apollo-require-preflight: true',
        ).in(locale),
      );
      return;
    }
    const em = orm.em.fork() as EntityManager;
    let file;
    try {
      file = await services.exports.prepare(em, actor, kind, format, locale, req.query as Record<string, unknown>);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      sendError(res, STATUS[e.code], e.code, render(e.text, locale));
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', contentDisposition(file.filename, file.asciiFilename));
    // Roster data: never kept by a browser or proxy cache.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Row-Count', String(file.rowCount));
    const writer = tableWriter(format, res, file.header, file.sheetName);
    try {
      for await (const rows of file.batches()) {
        // The client went away: stop reading.
        if (res.destroyed) break;
        await writer.rows(rows);
      }
      await writer.end();
    } catch (e) {
      // Headers are gone: all that is left is to cut the download short, so it is not taken for complete.
      console.error('export failed:', e);
      res.destroy(e as Error);
    }
  });
  return router;
}
