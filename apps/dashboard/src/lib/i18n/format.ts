import type { Language } from './i18n';

/** A rate 0..1 as a percentage with one decimal, e.g. 0.9166 → "91.7%". */
export function formatPercent(rate: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(language).format(n);
}

/** Today's date as YYYY-MM-DD in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO instant as local date and time, e.g. "2026/11/28 20:20:39" in Chinese. */
export function formatDateTime(iso: string, language: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(d);
}

/** A YYYY-MM-DD calendar date (browser time zone) as the instant its day starts. */
export function startOfLocalDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).toISOString();
}

/** The instant the day after a YYYY-MM-DD date starts: an exclusive upper bound that includes the whole day. */
export function startOfNextLocalDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1).toISOString();
}

/** The last second of a YYYY-MM-DD date (browser time zone), as an instant. */
export function endOfLocalDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 59).toISOString();
}
