import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/i18n';
import { en } from '@/lib/i18n/messages.en';
import { type Messages, zh } from '@/lib/i18n/messages.zh';
import { RATE_SCALE } from '@/lib/rate-scale';
import { gradeLabel } from './rate-grade';

const tr = (dict: Messages) => (key: keyof typeof zh, params?: Record<string, string | number>) => format(dict[key], params);

describe('the rate legend', () => {
  it('states the thresholds of the scale, in both languages', () => {
    expect(RATE_SCALE.map((s) => gradeLabel(s.grade, tr(zh), 'zh-CN'))).toEqual(['100%：全部覆盖', '90%–99.9%：接近全覆盖', '75%–89.9%：有缺口', '低于 75%：缺口较大']);
    expect(RATE_SCALE.map((s) => gradeLabel(s.grade, tr(en), 'en'))).toEqual([
      '100%: fully covered',
      '90%–99.9%: nearly covered',
      '75%–89.9%: some gaps',
      'Below 75%: large gaps',
    ]);
  });
});
