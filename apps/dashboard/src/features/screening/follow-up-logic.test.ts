import { describe, expect, it } from 'vitest';
import { allowedTransitions, chartBars, compareFollowUps, rowTone, stepProblem, unreadBadge } from './follow-up-logic';

describe('follow-up state machine in the UI', () => {
  it('offers only the steps the server allows, and none to a reader or once closed', () => {
    expect(allowedTransitions('PENDING', true)).toEqual(['IN_PROGRESS', 'REFERRED', 'CLOSED']);
    expect(allowedTransitions('IN_PROGRESS', true)).toEqual(['REFERRED', 'CLOSED']);
    expect(allowedTransitions('REFERRED', true)).toEqual(['CLOSED']);
    expect(allowedTransitions('CLOSED', true)).toEqual([]);
    expect(allowedTransitions('PENDING', false)).toEqual([]);
  });

  it('requires a note, a referral target for 转介, and refuses a step back', () => {
    expect(stepProblem('PENDING', { status: 'IN_PROGRESS', note: '  ' })).toBe('note');
    expect(stepProblem('PENDING', { status: 'IN_PROGRESS', note: 'x'.repeat(2001) })).toBe('noteTooLong');
    expect(stepProblem('PENDING', { status: 'REFERRED', note: '约谈' })).toBe('referredTo');
    expect(stepProblem('PENDING', { status: 'REFERRED', note: '约谈', referredTo: 'HOSPITAL' })).toBeNull();
    expect(stepProblem('REFERRED', { status: 'IN_PROGRESS', note: '约谈' })).toBe('transition');
    expect(stepProblem('IN_PROGRESS', { status: 'CLOSED', note: '已好转' })).toBeNull();
  });
});

describe('ordering and highlighting', () => {
  const f = (status: 'PENDING' | 'CLOSED' | 'IN_PROGRESS', overdue: boolean, urgent: boolean, dueAt: string) => ({ status, overdue, urgent, dueAt });
  it('puts open before closed, then overdue, then urgent, then the earliest due', () => {
    const rows = [
      f('CLOSED', false, true, '2026-01-01T00:00:00Z'),
      f('IN_PROGRESS', false, false, '2026-01-02T00:00:00Z'),
      f('PENDING', false, true, '2026-01-05T00:00:00Z'),
      f('PENDING', true, false, '2026-01-09T00:00:00Z'),
      f('IN_PROGRESS', false, false, '2026-01-01T00:00:00Z'),
    ];
    const sorted = [...rows].sort(compareFollowUps);
    expect(sorted.map((r) => [r.status, r.overdue, r.urgent, r.dueAt.slice(0, 10)])).toEqual([
      ['PENDING', true, false, '2026-01-09'],
      ['PENDING', false, true, '2026-01-05'],
      ['IN_PROGRESS', false, false, '2026-01-01'],
      ['IN_PROGRESS', false, false, '2026-01-02'],
      ['CLOSED', false, true, '2026-01-01'],
    ]);
  });

  it('highlights overdue over urgent, and never a closed row', () => {
    expect(rowTone({ status: 'PENDING', overdue: true, urgent: true })).toBe('overdue');
    expect(rowTone({ status: 'IN_PROGRESS', overdue: false, urgent: true })).toBe('urgent');
    expect(rowTone({ status: 'CLOSED', overdue: false, urgent: true })).toBeNull();
    expect(rowTone({ status: 'PENDING', overdue: false, urgent: false })).toBeNull();
  });

  it('splits overdue out of pending in the chart and leaves withheld rows out', () => {
    expect(
      chartBars([
        { collegeName: '计算机学院', pending: 5, overdue: 2, inProgress: 1, referred: 0, closed: 3 },
        { collegeName: '小学院', suppressed: true, pending: null },
      ]),
    ).toEqual([{ name: '计算机学院', pendingOnTime: 3, overdue: 2, inProgress: 1, referred: 0, closed: 3 }]);
  });

  it('shows the unread count, capped at 99+', () => {
    expect(unreadBadge(0)).toBe('');
    expect(unreadBadge(7)).toBe('7');
    expect(unreadBadge(120)).toBe('99+');
  });
});
