import type { Language } from './i18n/i18n';

/** The server's list exports (GET /exports/<kind>.<format>, docs/api.md). */
export type ExportKind = 'students' | 'roster' | 'roster-gaps' | 'submissions';
export type ExportFormat = 'csv' | 'xlsx';

export type ExportParams = Record<string, string | null | undefined>;

/** The export's address: empty parameters left out, the file in the UI's language. */
export function exportUrl(kind: ExportKind, format: ExportFormat, params: ExportParams, language: Language): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  q.set('lang', language === 'en' ? 'en' : 'zh');
  return `/exports/${kind}.${format}?${q.toString()}`;
}

/** The file name a Content-Disposition header gives: the UTF-8 one (filename*), else the plain one. */
export function filenameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** A refusal from the export endpoint, with the server's message (in the UI's language). */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Downloads an export with the session cookie. The header is the one the server's CSRF check asks
 * for (as on /graphql), which a plain link cannot send: hence fetch, then a download of the file.
 */
export async function downloadExport(url: string, fallbackName: string): Promise<{ filename: string; rows: number | null }> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } });
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    let code = 'HTTP_ERROR';
    try {
      const body = (await res.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      message = body.errors?.[0]?.message ?? message;
      code = body.errors?.[0]?.extensions?.code ?? code;
    } catch {
      // not JSON (a proxy's page): keep the status
    }
    throw new ExportError(message, code);
  }
  const blob = await res.blob();
  const filename = filenameFrom(res.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
  const rows = res.headers.get('x-row-count');
  return { filename, rows: rows === null ? null : Number(rows) };
}
