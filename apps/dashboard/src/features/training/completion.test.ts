import { describe, expect, it } from 'vitest';
import { type CompletionCounts, completionPoints, targetState, trainingWorstFirst } from './completion';

const row = (collegeCode: string, trainees: number, completed: number, basicCompleted: number, held: number): CompletionCounts => ({
  collegeCode,
  collegeName: `学院${collegeCode}`,
  trainees,
  completed,
  completion: trainees === 0 ? 0 : completed / trainees,
  basicCompleted,
  basicCompletion: trainees === 0 ? 0 : basicCompleted / trainees,
  attendedSelfDesigned: completed,
  selfDesignedAttendance: trainees === 0 ? 0 : completed / trainees,
  selfDesignedSessionsHeld: held,
});

describe('targetState', () => {
  it('is below the 2–3 target under 2, met at 2 and 3, above at 4', () => {
    expect([0, 1, 2, 3, 4].map((n) => targetState(n, 2, 3))).toEqual(['below', 'below', 'met', 'met', 'above']);
  });
});

describe('trainingWorstFirst', () => {
  it('orders by completion, then basic completion, then sessions held, then code; no trainees ranks as complete', () => {
    const rows = [row('A', 10, 10, 10, 3), row('B', 4, 1, 4, 2), row('C', 0, 0, 0, 0), row('D', 4, 1, 2, 2), row('E', 4, 1, 2, 1), row('F', 0, 0, 0, 3)];
    // C has no trainees (nothing to complete) but no session either: after every incomplete college, before A.
    expect(trainingWorstFirst(rows).map((r) => r.collegeCode)).toEqual(['E', 'D', 'B', 'C', 'A', 'F']);
  });
});

describe('completionPoints', () => {
  it('draws one bar per college with trainees, lowest completion first, the two parts making 100%', () => {
    const points = completionPoints([row('A', 4, 3, 4, 2), row('B', 0, 0, 0, 1), row('C', 3, 0, 1, 0), { ...row('T', 7, 3, 5, 3), collegeCode: null }]);
    expect(points.map((p) => [p.collegeCode, p.completed, p.notCompleted, p.grade])).toEqual([
      ['C', 0, 3, 'low'],
      ['A', 3, 1, 'medium'],
    ]);
    for (const p of points) expect(p.completedShare + p.restShare).toBe(1);
    expect(points[1]).toMatchObject({ trainees: 4, basicCompleted: 4, sessionsHeld: 2, completedShare: 0.75 });
  });
});
