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
    const { errors } = parseRow('COMMITTEE_MEMBERS', m, ['C1', '12;ab', '2024-02-30'], 3);
    expect(errors.map((e) => e.column)).toEqual(['student_no', 'appointed_on']);
  });
  it('accepts student and staff numbers as universities issue them', () => {
    const m = mapHeaders('COMMITTEE_MEMBERS', ['class_code', 'student_no', 'appointed_on']);
    for (const no of ['21061010', '202101100001', '20210110000123', 'SY2106101', 'MP1933001']) {
      expect(parseRow('COMMITTEE_MEMBERS', m, ['C1', no, '2024-02-28'], 2)).toEqual({
        record: { class_code: 'C1', student_no: no, appointed_on: '2024-02-28' },
        errors: [],
      });
    }
    const w = mapHeaders('WORKING_GROUP', ['college_code', 'staff_no', 'position', 'levels']);
    expect(parseRow('WORKING_GROUP', w, ['CS', '19930012', '辅导员', '本科生'], 2).errors).toEqual([]);
  });
  it('applies the configured identifier patterns to every number column', () => {
    const patterns = { studentNo: /^\d{12}$/, staffNo: /^T\d{7}$/ };
    const m = mapHeaders('STUDENTS', ['student_no', 'name', 'gender', 'class_code', 'status']);
    expect(parseRow('STUDENTS', m, ['202101100001', '王芳', '女', 'C1', '在读'], 2, patterns).errors).toEqual([]);
    const bad = parseRow('STUDENTS', m, ['2023000001', '王芳', '女', 'C1', '在读'], 4, patterns).errors;
    expect(bad.map((e) => ({ row: e.row, column: e.column }))).toEqual([{ row: 4, column: 'student_no' }]);
    expect(bad[0]?.message.en).toMatch(/does not match this university's format/);
    const c = mapHeaders('CLASSES', ['code', 'name', 'college_code', 'level', 'grade', '辅导员工号']);
    const cls = parseRow('CLASSES', c, ['C1', '一班', 'CS', 'UNDERGRADUATE', '2023', '10086'], 3, patterns).errors;
    expect(cls.map((e) => e.column)).toEqual(['辅导员工号']);
    // Without patterns the same rows pass.
    expect(parseRow('CLASSES', c, ['C1', '一班', 'CS', 'UNDERGRADUATE', '2023', '10086'], 3).errors).toEqual([]);
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
