import { describe, expect, it } from 'vitest';
import { nextPage, pageInRange, usersVariables } from './users-list';

describe('usersVariables', () => {
  it('turns the search box and the page into the server query', () => {
    expect(usersVariables('  Wang ', { current: 3, size: 20 })).toEqual({ search: 'Wang', offset: 40, limit: 20 });
    expect(usersVariables('   ', { current: 1, size: 50 })).toEqual({ search: null, offset: 0, limit: 50 });
  });
});

describe('nextPage', () => {
  it('keeps the size when only the page changes, and starts over when the size changes', () => {
    expect(nextPage({ current: 2, size: 20 }, 3, 20)).toEqual({ current: 3, size: 20 });
    expect(nextPage({ current: 4, size: 20 }, 4, 100)).toEqual({ current: 1, size: 100 });
  });
});

describe('pageInRange', () => {
  it('moves back to the last page that has accounts', () => {
    expect(pageInRange({ current: 3, size: 20 }, 41)).toBeNull();
    expect(pageInRange({ current: 4, size: 20 }, 41)).toEqual({ current: 3, size: 20 });
    expect(pageInRange({ current: 2, size: 20 }, 0)).toEqual({ current: 1, size: 20 });
  });
});
