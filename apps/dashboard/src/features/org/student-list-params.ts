import type { StudentStatus } from '@/gql/graphql';
import { STUDENT_STATUSES } from '@/lib/enums';

export interface StudentFilterValues {
  college?: string;
  /** A class chosen from the suggestions: its code, exactly */
  classCode?: string;
  /** Text typed into the class field: part of a class code or name, any case */
  classSearch?: string;
  status?: StudentStatus;
  search?: string;
}

export interface StudentListState {
  filters: StudentFilterValues;
  page: number;
  size: number;
}

/** Page sizes offered; the server allows up to 500. */
export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

// Filters and the page live in the URL next to ?level=, so a filtered page is a shareable link.
const PARAMS = { college: 'college', classCode: 'class', classSearch: 'classq', status: 'status', search: 'q' } as const;

/** The list as the URL describes it; anything unreadable falls back to the first page of 50. */
export function readStudentList(params: URLSearchParams): StudentListState {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const status = params.get(PARAMS.status);
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  return {
    filters: {
      college: text(PARAMS.college),
      classCode: text(PARAMS.classCode),
      // An exact class wins: the two never apply together.
      classSearch: text(PARAMS.classCode) ? undefined : text(PARAMS.classSearch),
      status: STUDENT_STATUSES.find((s) => s === status),
      search: text(PARAMS.search),
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** New filters: back to the first page, other parameters (the level) kept. */
export function withFilters(prev: URLSearchParams, filters: StudentFilterValues): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, param] of Object.entries(PARAMS) as [keyof StudentFilterValues, string][]) {
    const v = filters[key];
    if (v) next.set(param, v);
    else next.delete(param);
  }
  next.delete('page');
  return next;
}

/** Another page or page size; a new size starts again at the first page. */
export function withPage(prev: URLSearchParams, page: number, size: number): URLSearchParams {
  const next = new URLSearchParams(prev);
  const sizeChanged = size !== readStudentList(prev).size;
  const p = sizeChanged ? 1 : page;
  if (p > 1) next.set('page', String(p));
  else next.delete('page');
  if (size !== DEFAULT_PAGE_SIZE) next.set('size', String(size));
  else next.delete('size');
  return next;
}

/** The offset of a page (1-based) of the given size. */
export const pageOffset = (page: number, size: number): number => (page - 1) * size;

/** The last page that has rows (1 for an empty list). */
export const lastPage = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** Rows n–m of a page, for "第 51–100 名". */
export function pageRange(page: number, size: number, total: number): [number, number] {
  if (total === 0) return [0, 0];
  const from = Math.min(pageOffset(page, size) + 1, total);
  return [from, Math.min(page * size, total)];
}
