import { describe, expect, it } from 'vitest';
import { toGrantInputs, toGrantValues } from './grants';

describe('grants in the editor', () => {
  it('sends only rows with a role, and a college only for a college leader', () => {
    expect(
      toGrantInputs([{ role: 'SCHOOL_ADMIN', collegeCode: 'C01' }, {}, { role: 'COLLEGE_LEADER', collegeCode: 'C02' }, { role: 'COLLEGE_LEADER' }]),
    ).toEqual([
      { role: 'SCHOOL_ADMIN', collegeCode: null },
      { role: 'COLLEGE_LEADER', collegeCode: 'C02' },
      { role: 'COLLEGE_LEADER', collegeCode: null },
    ]);
    expect(toGrantInputs(undefined)).toEqual([]);
  });

  it('pre-fills the editor with the current grants and round-trips them', () => {
    const grants = [
      { role: 'CENTER_STAFF' as const, collegeCode: null },
      { role: 'COLLEGE_LEADER' as const, collegeCode: 'C01' },
    ];
    const values = toGrantValues(grants);
    expect(values).toEqual([{ role: 'CENTER_STAFF' }, { role: 'COLLEGE_LEADER', collegeCode: 'C01' }]);
    expect(toGrantInputs(values)).toEqual(grants);
  });

  it('leaves out roles that are not granted by hand', () => {
    expect(toGrantValues([{ role: 'COUNSELOR', collegeCode: null }])).toEqual([]);
  });
});
