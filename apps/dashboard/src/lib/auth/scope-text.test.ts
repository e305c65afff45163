import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/i18n';
import { zh } from '@/lib/i18n/messages.zh';
import { rolesText, scopeText } from './scope-text';

const t = (key: keyof typeof zh, params?: Record<string, string | number>) => format(zh[key], params);
const NONE = { all: false, collegeCodes: [], classCodes: [], dormCodes: [] };

describe('scope and roles in words', () => {
  it('names the whole university, or the colleges, classes and dorms', () => {
    expect(scopeText({ ...NONE, all: true }, t)).toBe('全校');
    expect(scopeText({ ...NONE, collegeCodes: ['C01'] }, t)).toBe('学院 C01');
    expect(scopeText({ ...NONE, classCodes: ['A-1', 'A-2'], dormCodes: ['D1'] }, t)).toBe('班级 A-1、A-2；宿舍 D1');
    expect(scopeText(NONE, t)).toBe('无');
  });

  it('gives roles their Chinese names', () => {
    expect(rolesText(['SCHOOL_ADMIN', 'COLLEGE_LEADER'], t)).toBe('校级管理员、学院领导');
    expect(rolesText(['DORM_OFFICER'], t)).toBe('宿舍信息员');
  });
});
