import type { ImportItemList, ImportResult } from './import-roster.mutation';

export type ItemCategory = 'added' | 'changed' | 'ended';

/** A list this short starts unfolded; longer ones start folded so the page stays short. */
export const OPEN_UP_TO = 20;

/** The non-empty categories of a result, in the order added, changed, ended. */
export function itemCategories(result: Pick<ImportResult, ItemCategory>): { category: ItemCategory; list: ImportItemList; open: boolean }[] {
  return (['added', 'changed', 'ended'] as const).flatMap((category) => {
    const list = result[category];
    return list && list.total > 0 ? [{ category, list, open: list.total <= OPEN_UP_TO }] : [];
  });
}
