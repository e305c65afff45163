import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, lastPage, pageOffset, pageRange, readStudentList, withFilters, withPage } from './student-list-params';

const url = (s: string) => new URLSearchParams(s);

describe('readStudentList', () => {
  it('reads filters, page and size from the URL', () => {
    expect(readStudentList(url('level=GRADUATE&college=C06&classq=c06-u2021&status=SUSPENDED&q=王&page=3&size=100'))).toEqual({
      filters: { college: 'C06', classCode: undefined, classSearch: 'c06-u2021', status: 'SUSPENDED', search: '王' },
      page: 3,
      size: 100,
    });
  });

  it('falls back to the first page of 50 on anything else', () => {
    for (const q of ['page=0&size=7', 'page=-2&size=500', 'page=x&size=', 'page=1.5']) {
      expect(readStudentList(url(q))).toMatchObject({ page: 1, size: DEFAULT_PAGE_SIZE });
    }
    expect(readStudentList(url('status=NOPE')).filters.status).toBeUndefined();
  });

  it('an exact class wins over a partial one', () => {
    expect(readStudentList(url('class=C06-U2021-01&classq=c06')).filters).toMatchObject({ classCode: 'C06-U2021-01', classSearch: undefined });
  });
});

describe('changing the list', () => {
  it('new filters start at the first page and keep the level and size', () => {
    const next = withFilters(url('level=GRADUATE&page=4&size=20&q=old'), { classSearch: 'c06-u2021' });
    expect(next.toString()).toBe('level=GRADUATE&size=20&classq=c06-u2021');
  });

  it('a page is kept in the URL, the first page and the default size are not', () => {
    expect(withPage(url('level=GRADUATE'), 3, 50).toString()).toBe('level=GRADUATE&page=3');
    expect(withPage(url('page=3'), 1, 50).toString()).toBe('');
  });

  it('a new page size starts again at the first page', () => {
    expect(withPage(url('page=3'), 3, 200).toString()).toBe('size=200');
  });
});

describe('page arithmetic', () => {
  it('offsets, last page and the range shown', () => {
    expect(pageOffset(3, 50)).toBe(100);
    expect([lastPage(120, 50), lastPage(0, 50), lastPage(100, 50)]).toEqual([3, 1, 2]);
    expect([pageRange(3, 50, 120), pageRange(1, 50, 0), pageRange(2, 20, 25)]).toEqual([
      [101, 120],
      [0, 0],
      [21, 25],
    ]);
  });
});
