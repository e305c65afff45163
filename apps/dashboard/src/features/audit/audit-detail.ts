import type { AuditActionGroup, AuditActionInfo } from './audit-actions.query';

/** One labelled value of an event's payload, for the detail view. */
export interface DetailField {
  /** The payload's keys down to this value, e.g. ["filter", "actor"] */
  path: string[];
  label: string;
  value: string;
}

/** What the detail view needs from the UI language: labels and names of values. */
export interface DetailWords {
  /** The label of a payload key; the key itself when unknown. */
  field: (key: string) => string;
  /** The name of an enumerated value (a role, a position…) under a key; the value itself when unknown. */
  value: (key: string, value: string) => string;
  /** An instant (ISO date-time) in the UI's format. */
  dateTime: (iso: string) => string;
  yes: string;
  no: string;
  none: string;
  /** Between the items of a list (、 in Chinese). */
  separator: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function scalar(key: string, v: unknown, w: DetailWords): string {
  if (v === null || v === undefined || v === '') return w.none;
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return ISO_INSTANT.test(v) ? w.dateTime(v) : w.value(key, v);
  return JSON.stringify(v);
}

/** A list element that is an object (a grant, a row): its values, named by their keys, in one line. */
function inline(o: Record<string, unknown>, w: DetailWords): string {
  return Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => (typeof v === 'object' ? JSON.stringify(v) : scalar(k, v, w)))
    .join(' · ');
}

function walk(path: string[], v: unknown, w: DetailWords, out: DetailField[]): void {
  const key = path[path.length - 1] ?? '';
  const label = path.map(w.field).join(' · ');
  if (Array.isArray(v)) {
    const items = v.map((x) => (x !== null && typeof x === 'object' ? inline(x as Record<string, unknown>, w) : scalar(key, x, w)));
    out.push({ path, label, value: items.length ? items.join(w.separator) : w.none });
  } else if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) out.push({ path, label, value: w.none });
    for (const [k, x] of entries) walk([...path, k], x, w, out);
  } else {
    out.push({ path, label, value: scalar(key, v, w) });
  }
}

/**
 * An event's payload (JSON text) as labelled fields: nested objects flattened ("筛选条件 · 操作者"),
 * lists joined, enumerated values and instants named in the UI language. Text that is not a JSON
 * object is shown as one field.
 */
export function detailFields(detail: string | null | undefined, w: DetailWords): DetailField[] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [{ path: [], label: w.field('detail'), value: detail }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ path: [], label: w.field('detail'), value: scalar('detail', parsed, w) }];
  }
  const out: DetailField[] = [];
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) walk([k], v, w, out);
  return out;
}

/** The server's named actions by code, from the `auditActions` groups. */
export function actionIndex(groups: readonly AuditActionGroup[] | undefined): Map<string, AuditActionInfo> {
  return new Map((groups ?? []).flatMap((g) => g.actions.map((a) => [a.action, a] as const)));
}

/** Message-key prefixes of the enumerated values a payload key holds (e.g. a grant's role). */
export const VALUE_KEYS: Record<string, string> = {
  role: 'role.',
  scopes: 'scope.api.',
  position: 'position.',
  reason: 'endReason.',
  level: 'level.',
  levels: 'level.',
  facilities: 'facility.',
  status: 'status.',
  kind: 'kind.',
};
