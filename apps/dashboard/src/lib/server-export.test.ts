import { describe, expect, it } from 'vitest';
import { exportUrl, filenameFrom } from './server-export';

describe('exportUrl', () => {
  it('leaves out empty filters and names the language', () => {
    expect(exportUrl('students', 'csv', { level: 'UNDERGRADUATE', collegeCode: null, classSearch: 'c06-u2021', search: '' }, 'zh-CN')).toBe(
      '/exports/students.csv?level=UNDERGRADUATE&classSearch=c06-u2021&lang=zh',
    );
    expect(exportUrl('roster-gaps', 'xlsx', { collegeCode: 'C06', level: 'GRADUATE' }, 'en')).toBe('/exports/roster-gaps.xlsx?collegeCode=C06&level=GRADUATE&lang=en');
  });

  it('escapes what a filter may hold', () => {
    expect(exportUrl('students', 'csv', { search: '王 &=%' }, 'zh-CN')).toBe('/exports/students.csv?search=%E7%8E%8B+%26%3D%25&lang=zh');
  });
});

describe('filenameFrom', () => {
  it('prefers the UTF-8 name', () => {
    const header = `attachment; filename="students-undergraduate-2025-03-01.csv"; filename*=UTF-8''${encodeURIComponent('学生名单-本科生-2025-03-01.csv')}`;
    expect(filenameFrom(header, 'x.csv')).toBe('学生名单-本科生-2025-03-01.csv');
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(filenameFrom('attachment; filename="roster.xlsx"', 'x.xlsx')).toBe('roster.xlsx');
    expect(filenameFrom("attachment; filename=\"a.csv\"; filename*=UTF-8''%E0%A4%A", 'x.csv')).toBe('a.csv');
    expect(filenameFrom(null, 'x.csv')).toBe('x.csv');
  });
});
