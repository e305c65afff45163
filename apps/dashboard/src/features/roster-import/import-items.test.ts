import { describe, expect, it } from 'vitest';
import { itemCategories } from './import-items';

const item = (key: string) => ({ row: 2, key, name: key, detail: null, columns: [] });

describe('itemCategories', () => {
  it('keeps the non-empty categories in order, short ones open', () => {
    const long = { total: 250, items: Array.from({ length: 200 }, (_, i) => item(String(i))) };
    const result = { added: long, changed: { total: 0, items: [] }, ended: { total: 1, items: [item('x')] } };
    expect(itemCategories(result).map((c) => [c.category, c.open])).toEqual([
      ['added', false],
      ['ended', true],
    ]);
  });

  it('is empty for a result without lists (another kind of import)', () => {
    expect(itemCategories({ added: null, changed: null, ended: null })).toEqual([]);
  });
});
