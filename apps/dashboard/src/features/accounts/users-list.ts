/** Page sizes offered on the accounts page; the first page shows DEFAULT_PAGE_SIZE accounts. */
export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 50;

export interface UsersPage {
  /** 1-based, as antd's pagination counts */
  current: number;
  size: number;
}

/** The `users` query's variables for a search and a page: the server searches and pages. */
export function usersVariables(search: string, page: UsersPage): { search: string | null; offset: number; limit: number } {
  const term = search.trim();
  return { search: term === '' ? null : term, offset: (page.current - 1) * page.size, limit: page.size };
}

/** The page after the pager changed: a new page size starts again at page 1. */
export function nextPage(prev: UsersPage, current: number, size: number): UsersPage {
  return size !== prev.size ? { current: 1, size } : { current, size };
}

/**
 * The last page that still has accounts, when the current one is past the end (e.g. the last
 * account of the last page was filtered away); null when the page is fine.
 */
export function pageInRange(page: UsersPage, total: number): UsersPage | null {
  const last = Math.max(1, Math.ceil(total / page.size));
  return page.current > last ? { ...page, current: last } : null;
}
