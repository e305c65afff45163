import { describe, expect, it } from 'vitest';
import { formatRate, gradeColor, NO_RATE, NO_RATE_COLOR, RATE_SCALE, rateGrade } from './rate-scale';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('rate grades', () => {
  it('grade 100% complete, ≥90% high, ≥75% medium, below that low', () => {
    expect(rateGrade(1, 46)).toBe('complete');
    expect(rateGrade(45 / 46, 46)).toBe('high'); // 97.8%
    expect(rateGrade(0.9, 10)).toBe('high');
    expect(rateGrade(0.8999, 10000)).toBe('medium');
    expect(rateGrade(25 / 32, 32)).toBe('medium'); // 78.1%
    expect(rateGrade(0.75, 4)).toBe('medium');
    expect(rateGrade(0.7499, 10000)).toBe('low');
    expect(rateGrade(0, 5)).toBe('low');
  });

  it('tell 97.8% and 78.1% apart (the complaint that started this scale)', () => {
    expect(rateGrade(45 / 46, 46)).not.toBe(rateGrade(25 / 32, 32));
    expect(gradeColor(rateGrade(45 / 46, 46))).not.toBe(gradeColor(rateGrade(25 / 32, 32)));
  });

  it('accept a quotient just below a threshold by floating point as the threshold', () => {
    expect(rateGrade(0.8999999999999999, 30)).toBe('high');
    expect(rateGrade(0.7499999999999999, 4)).toBe('medium');
  });

  it('give 0/0 no grade', () => {
    expect(rateGrade(0, 0)).toBeNull();
    expect(gradeColor(null)).toBe(NO_RATE_COLOR);
  });

  it('order the scale best first with distinct colours, ending at 0', () => {
    expect(RATE_SCALE.map((s) => s.min)).toEqual([1, 0.9, 0.75, 0]);
    expect(new Set(RATE_SCALE.map((s) => s.color)).size).toBe(RATE_SCALE.length);
  });

  it('keep every grade colour at WCAG AA text contrast on the backgrounds it is drawn on', () => {
    // white cards and cells, the summary row / hovered row, the warning background, antd's sorted column.
    for (const bg of ['#ffffff', '#fafafa', '#fff7e6', '#f5f5f5']) {
      for (const color of [...RATE_SCALE.map((s) => s.color), NO_RATE_COLOR]) {
        expect(contrast(color, bg), `${color} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('formatRate', () => {
  it('show one decimal, and "—" when there is nothing to count', () => {
    expect(formatRate(11 / 12, 12, 'zh-CN')).toBe('91.7%');
    expect(formatRate(0, 3, 'en')).toBe('0.0%');
    expect(formatRate(0, 0, 'zh-CN')).toBe(NO_RATE);
    expect(formatRate(0, 0, 'en')).toBe('—');
  });

  it('never round a rate over a threshold: the text agrees with the grade', () => {
    expect(formatRate(0.9996, 10000, 'zh-CN')).toBe('99.9%');
    expect(formatRate(0.8997, 10000, 'zh-CN')).toBe('89.9%');
    expect(formatRate(0.74996, 100000, 'zh-CN')).toBe('74.9%');
    // Rounding within a grade is ordinary rounding.
    expect(formatRate(0.9166, 10000, 'zh-CN')).toBe('91.7%');
    expect(formatRate(0.9, 10, 'zh-CN')).toBe('90.0%');
    expect(formatRate(1, 10, 'zh-CN')).toBe('100.0%');
  });
});
