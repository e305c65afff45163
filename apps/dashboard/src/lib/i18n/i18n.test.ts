import { describe, expect, it } from 'vitest';
import { formatPercent, todayIso } from './format';
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
