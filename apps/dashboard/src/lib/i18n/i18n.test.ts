import { describe, expect, it } from 'vitest';
import { endOfLocalDay, formatDateTime, formatPercent, startOfLocalDay, startOfNextLocalDay, todayIso } from './format';
import { format } from './i18n';
import { en } from './messages.en';
import { zh } from './messages.zh';

describe('dictionaries', () => {
  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('已覆盖 {n} / 共 {d}', { n: 3, d: 4 })).toBe('已覆盖 3 / 共 4');
    expect(format('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('formatPercent', () => {
  it('shows one decimal', () => {
    expect(formatPercent(0.9166, 'zh-CN')).toBe('91.7%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
  });
});

describe('todayIso', () => {
  it('is the local calendar date', () => {
    expect(todayIso(new Date(2024, 8, 1, 23, 59))).toBe('2024-09-01');
  });
});

describe('local days as instants', () => {
  it('turns a date range into [start of the first day, start of the day after the last)', () => {
    const from = new Date(startOfLocalDay('2026-03-01'));
    const to = new Date(startOfNextLocalDay('2026-03-31'));
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours()]).toEqual([2026, 2, 1, 0]);
    expect([to.getFullYear(), to.getMonth(), to.getDate(), to.getHours()]).toEqual([2026, 3, 1, 0]);
    const end = new Date(endOfLocalDay('2026-12-31'));
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 11, 31, 23, 59]);
  });

  it('shows an instant as local date and time', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    expect(formatDateTime(new Date(2026, 0, 2, 3, 4, 5).toISOString(), 'zh-CN')).toBe('2026/01/02 03:04:05');
  });
});
