import { describe, expect, it } from 'vitest';
import { SUBMISSION_STATES } from './enums.js';
import { daysUntil, defaultDueOn, isOwedState, planProblem, submissionTransition } from './submissions.js';

describe('submission states', () => {
  it('follows NOT_STARTED|RETURNED → SUBMITTED → PAPER_RECEIVED → ACCEPTED, and returns from SUBMITTED or PAPER_RECEIVED', () => {
    expect(submissionTransition('NOT_STARTED', 'SUBMIT')).toEqual({ to: 'SUBMITTED' });
    expect(submissionTransition('RETURNED', 'SUBMIT')).toEqual({ to: 'SUBMITTED' });
    expect(submissionTransition('SUBMITTED', 'RECORD_PAPER')).toEqual({ to: 'PAPER_RECEIVED' });
    expect(submissionTransition('PAPER_RECEIVED', 'ACCEPT')).toEqual({ to: 'ACCEPTED' });
    expect(submissionTransition('SUBMITTED', 'RETURN')).toEqual({ to: 'RETURNED' });
    expect(submissionTransition('PAPER_RECEIVED', 'RETURN')).toEqual({ to: 'RETURNED' });
  });
  it('refuses everything else, saying why', () => {
    expect(submissionTransition('SUBMITTED', 'ACCEPT')).toEqual({ problem: expect.objectContaining({ en: 'cannot accept a submission that is SUBMITTED' }) });
    expect('problem' in submissionTransition('ACCEPTED', 'RETURN')).toBe(true);
    expect('problem' in submissionTransition('SUBMITTED', 'SUBMIT')).toBe(true);
    expect('problem' in submissionTransition('NOT_STARTED', 'RECORD_PAPER')).toBe(true);
  });
  it('is due on 1 November of the autumn semester by default', () => {
    expect(defaultDueOn('2026-2027-1')).toBe('2026-11-01');
    expect(defaultDueOn('2026-2027-2')).toBe('2027-04-01');
    expect(defaultDueOn('2026-2028-1')).toBeNull();
    expect(daysUntil('2026-11-01', '2026-10-25')).toBe(7);
    expect(daysUntil('2026-11-01', '2026-12-01')).toBe(-30);
  });
  it('a plan needs two self-designed sessions', () => {
    expect(planProblem(1)?.en).toBe('the training plan has 1 self-designed sessions; at least 2 are needed');
    expect(planProblem(2)).toBeNull();
  });
});

describe('owed submissions', () => {
  it('are the ones a college may (again) submit: not started or returned', () => {
    expect(SUBMISSION_STATES.filter(isOwedState)).toEqual(['NOT_STARTED', 'RETURNED']);
  });
});
