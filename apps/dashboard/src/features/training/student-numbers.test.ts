import { describe, expect, it } from 'vitest';
import { mergeStudentNumbers, parseStudentNumbers } from './student-numbers';

describe('student numbers typed or pasted', () => {
  it('splits on lines, spaces, commas and the Chinese separators, each number once', () => {
    expect(parseStudentNumbers('2400000001\n2400000002, 2400000003，2400000004、2400000005；2400000001\t 2400000006')).toEqual([
      '2400000001',
      '2400000002',
      '2400000003',
      '2400000004',
      '2400000005',
      '2400000006',
    ]);
    expect(parseStudentNumbers('  \n ')).toEqual([]);
  });

  it('puts the picked trainees first and adds typed numbers not picked', () => {
    expect(mergeStudentNumbers(['2', '1'], '1 3\n2')).toEqual(['2', '1', '3']);
    expect(mergeStudentNumbers([], '')).toEqual([]);
  });
});
