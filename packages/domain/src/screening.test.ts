import { describe, expect, it } from 'vitest';
import { currentRuleSet, dueAt, parseAnswer, parseTakenAt, transitionProblem, UPI_UNSCORED } from './screening.js';

const upi = currentRuleSet('UPI');
const phq = currentRuleSet('PHQ9');
const gad = currentRuleSet('GAD7');

/** A UPI answer sheet with `yes` items answered 1 (1-based). */
const sheet = (yes: number[]) => Array.from({ length: 60 }, (_, i) => (yes.includes(i + 1) ? 1 : 0));
/** The first n scored items that are not key or watch items. */
const plain = (n: number) => Array.from({ length: 60 }, (_, i) => i + 1).filter((k) => ![...UPI_UNSCORED, 8, 16, 25, 26].includes(k)).slice(0, n);

describe('UPI', () => {
  it('class III at total 19, II at 20 and 24, I at 25', () => {
    expect(upi.score(sheet(plain(19)))).toMatchObject({ total: 19, tier: 'III', flagged: false });
    expect(upi.score(sheet(plain(20)))).toMatchObject({ total: 20, tier: 'II', flagged: false, reasons: ['UPI_TOTAL_20'] });
    expect(upi.score(sheet(plain(24)))).toMatchObject({ total: 24, tier: 'II', flagged: false });
    expect(upi.score(sheet(plain(25)))).toMatchObject({ total: 25, tier: 'I', flagged: true, reasons: ['UPI_TOTAL_25'] });
  });
  it('item 25 alone is class I', () => {
    expect(upi.score(sheet([25]))).toEqual({ total: 1, tier: 'I', flagged: true, urgent: false, reasons: ['UPI_ITEM_25'] });
  });
  it('items 5, 20, 35 and 50 are not scored', () => {
    expect(upi.score(sheet([5, 20, 35, 50]))).toMatchObject({ total: 0, tier: 'III' });
    expect(upi.score(sheet([...plain(21), 5, 20, 35, 50]))).toMatchObject({ total: 21, tier: 'II' });
  });
  it('any of items 8, 16, 26 makes class II', () => {
    for (const n of [8, 16, 26]) expect(upi.score(sheet([n]))).toMatchObject({ total: 1, tier: 'II', flagged: false, reasons: [`UPI_ITEM_${n}`] });
  });
});

describe('PHQ-9', () => {
  it('flags at total 10, not 9', () => {
    expect(phq.score([3, 3, 3, 0, 0, 0, 0, 0, 0])).toMatchObject({ total: 9, flagged: false, urgent: false });
    expect(phq.score([3, 3, 3, 1, 0, 0, 0, 0, 0])).toMatchObject({ total: 10, flagged: true, urgent: false });
  });
  it('item 9 = 1 is flagged and urgent whatever the total', () => {
    expect(phq.score([0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ total: 1, tier: null, flagged: true, urgent: true, reasons: ['PHQ9_ITEM_9'] });
  });
  it('a 0 on item 9 is never a clearance', () => {
    expect(phq.score([3, 3, 3, 3, 0, 0, 0, 0, 0])).toMatchObject({ flagged: true, urgent: false });
  });
});

describe('GAD-7', () => {
  it('flags at total 10, not 9', () => {
    expect(gad.score([3, 3, 3, 0, 0, 0, 0])).toMatchObject({ total: 9, flagged: false });
    expect(gad.score([3, 3, 3, 1, 0, 0, 0])).toMatchObject({ total: 10, flagged: true });
  });
});

describe('answers and times', () => {
  it('reads yes/no and 0–3 answers, refuses anything else', () => {
    expect(['1', '是', 'YES', '0', '否', 'no'].map((a) => parseAnswer('YES_NO', a))).toEqual([1, 1, 1, 0, 0, 0]);
    expect(parseAnswer('YES_NO', '2')).toBeNull();
    expect(['0', '3'].map((a) => parseAnswer('SCALE_0_3', a))).toEqual([0, 3]);
    expect(parseAnswer('SCALE_0_3', '4')).toBeNull();
    expect(parseAnswer('SCALE_0_3', '是')).toBeNull();
  });
  it('a date without a time is 00:00 in the university time zone', () => {
    expect(parseTakenAt('2026-10-08', 'Asia/Shanghai')?.toISOString()).toBe('2026-10-07T16:00:00.000Z');
    expect(parseTakenAt('2026/10/8 09:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-10-08T01:30:00.000Z');
    expect(parseTakenAt('2026-10-08T09:30:00Z', 'Asia/Shanghai')?.toISOString()).toBe('2026-10-08T09:30:00.000Z');
    expect(parseTakenAt('2026-10-08T09:30:00+08:00', 'UTC')?.toISOString()).toBe('2026-10-08T01:30:00.000Z');
    expect(parseTakenAt('2026-02-30', 'Asia/Shanghai')).toBeNull();
    expect(parseTakenAt('yesterday', 'Asia/Shanghai')).toBeNull();
  });
  it('due after followUpDays, one day when urgent', () => {
    const t = new Date('2026-10-07T16:00:00Z');
    expect(dueAt(t, 7, false).toISOString()).toBe('2026-10-14T16:00:00.000Z');
    expect(dueAt(t, 7, true).toISOString()).toBe('2026-10-08T16:00:00.000Z');
  });
});

describe('follow-up state machine', () => {
  it('allows the transitions of SPEC §5 and refuses the rest with what is allowed', () => {
    expect(transitionProblem('PENDING', 'IN_PROGRESS')).toBeNull();
    expect(transitionProblem('PENDING', 'CLOSED')).toBeNull();
    expect(transitionProblem('IN_PROGRESS', 'REFERRED')).toBeNull();
    expect(transitionProblem('REFERRED', 'CLOSED')).toBeNull();
    expect(String(transitionProblem('REFERRED', 'IN_PROGRESS'))).toBe('a REFERRED follow-up cannot become IN_PROGRESS; it can become CLOSED');
    expect(String(transitionProblem('CLOSED', 'PENDING'))).toBe('a CLOSED follow-up cannot become PENDING (it is closed)');
    expect(String(transitionProblem('IN_PROGRESS', 'PENDING'))).toMatch(/cannot become PENDING/);
  });
});
