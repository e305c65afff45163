import { describe, expect, it } from 'vitest';
import { mapHeaders, parseRow, templateHeaders } from './columns.js';

describe('import headers', () => {
  it('accepts Chinese headers in any order and ignores extra columns', () => {
    const m = mapHeaders('STUDENTS', ['\uFEFF姓名', '学号', '备注', '性别', '班级代码', '宿舍代码', '学籍状态']);
    expect(m.errors).toEqual([]);
    const { record, errors } = parseRow('STUDENTS', m, ['王芳', '2023010001', 'x', '女', 'C1', '', '在读'], 2);
    expect(errors).toEqual([]);
    expect(record).toMatchObject({ student_no: '2023010001', gender: 'F', dorm_code: null, status: 'ENROLLED' });
  });
  it('reports a missing required column', () => {
    const m = mapHeaders('CLASSES', ['code', 'name', 'college_code', 'grade']);
    expect(m.errors.map((e) => e.column)).toEqual(['level']);
  });
  it('names row and column of a bad value', () => {
    const m = mapHeaders('CLASSES', ['code', 'name', 'college_code', 'level', 'grade']);
    const { errors } = parseRow('CLASSES', m, ['C1', '一班', 'CS', '博士生', '2023'], 7);
    expect(errors.map((e) => ({ ...e, message: e.message.en }))).toEqual([
      { row: 7, column: 'level', message: expect.stringMatching(/not a valid level/) },
    ]);
    expect(errors[0]?.message.zh).toMatch(/“博士生”不是有效的培养层次/);
  });
  it('rejects malformed student numbers and impossible dates', () => {
    const m = mapHeaders('COMMITTEE_MEMBERS', ['class_code', 'student_no', 'appointed_on']);
    const { errors } = parseRow('COMMITTEE_MEMBERS', m, ['C1', '12ab', '2024-02-30'], 3);
    expect(errors.map((e) => e.column)).toEqual(['student_no', 'appointed_on']);
  });
  it('a short row names its first missing column', () => {
    const m = mapHeaders('DORM_OFFICERS', ['dorm_code', 'student_no', 'appointed_on']);
    const { errors } = parseRow('DORM_OFFICERS', m, ['D1'], 2);
    expect(errors[0]).toMatchObject({ row: 2, column: 'student_no' });
  });
  it('templates list every column in both languages', () => {
    expect(templateHeaders('WORKING_GROUP', 'en')).toEqual(['college_code', 'staff_no', 'position', 'levels']);
    expect(templateHeaders('WORKING_GROUP', 'zh')).toEqual(['学院代码', '工号', '职务', '服务层次']);
  });
});
