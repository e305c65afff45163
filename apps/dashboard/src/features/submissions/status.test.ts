import { describe, expect, it } from 'vitest';
import { canSubmitState, centerActions, dueText, fixPath, lineState, stateTone } from './status';

describe('submission states', () => {
  it('gives each state a tone, and an overdue unsubmitted row needs attention', () => {
    expect(stateTone('ACCEPTED', null)).toBe('done');
    expect(stateTone('SUBMITTED', null)).toBe('progress');
    expect(stateTone('RETURNED', 3)).toBe('attention');
    expect(stateTone('NOT_STARTED', 3)).toBe('idle');
    expect(stateTone('NOT_STARTED', -1)).toBe('attention');
  });

  it('allows the Center only the transitions of the state machine', () => {
    expect(centerActions('NOT_STARTED')).toEqual([]);
    expect(centerActions('SUBMITTED')).toEqual(['paper', 'return']);
    expect(centerActions('PAPER_RECEIVED')).toEqual(['accept', 'return']);
    expect(centerActions('ACCEPTED')).toEqual([]);
    expect(centerActions('RETURNED')).toEqual([]);
  });

  it('lets a college submit only what is owed', () => {
    expect(canSubmitState('NOT_STARTED')).toBe(true);
    expect(canSubmitState('RETURNED')).toBe(true);
    expect(canSubmitState('SUBMITTED')).toBe(false);
    expect(canSubmitState('ACCEPTED')).toBe(false);
  });
});

describe('due dates', () => {
  it('words days left, due today and days late', () => {
    expect(dueText(3)).toEqual({ key: 'submissions.daysLeft', days: 3 });
    expect(dueText(0)).toEqual({ key: 'submissions.dueToday', days: 0 });
    expect(dueText(-2)).toEqual({ key: 'submissions.daysLate', days: 2 });
    expect(dueText(null)).toBeNull();
  });
});

describe('checklist lines', () => {
  it('is done, blocking or a warning', () => {
    expect(lineState({ done: true, blocking: true })).toBe('done');
    expect(lineState({ done: false, blocking: true })).toBe('blocking');
    expect(lineState({ done: false, blocking: false })).toBe('warning');
  });

  it('links each gap to the page that fixes it', () => {
    expect(fixPath('WORKING_GROUP', 'C01', 'GRADUATE', '2026-2027-1')).toBe('/colleges/C01?level=GRADUATE');
    expect(fixPath('CLASSES_WITHOUT_MEMBER', 'C01', 'UNDERGRADUATE', '2026-2027-1')).toBe('/colleges/C01');
    expect(fixPath('TRAINING_PLAN_SESSIONS', 'C01', null, '2026-2027-1')).toBe('/colleges/C01/training?semester=2026-2027-1');
    expect(fixPath('TRAINEES_NOT_COMPLETED', 'C01', 'GRADUATE', '2026-2027-1')).toBe('/colleges/C01/training?level=GRADUATE&semester=2026-2027-1');
    expect(fixPath('OVERDUE_FOLLOW_UPS', 'C01', null, '2026-2027-1')).toBe('/follow-ups');
    expect(fixPath('SUBMISSION', 'C01', 'UNDERGRADUATE', '2026-2027-1')).toBeNull();
  });
});
