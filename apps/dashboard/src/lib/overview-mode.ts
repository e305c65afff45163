import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

// The overview shows one level (the global level switch) or both side by side (?view=compare).
// It lives in the URL like the level, so the view is shareable; the layout hides the level switch
// in the side-by-side view, where it would change nothing.
const PARAM = 'view';

export type OverviewMode = 'single' | 'compare';

export const parseOverviewMode = (value: string | null): OverviewMode => (value === 'compare' ? 'compare' : 'single');

export function useOverviewMode(): [OverviewMode, (mode: OverviewMode) => void] {
  const [params, setParams] = useSearchParams();
  const mode = parseOverviewMode(params.get(PARAM));
  const setMode = useCallback(
    (next: OverviewMode) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        if (next === 'single') copy.delete(PARAM);
        else copy.set(PARAM, next);
        return copy;
      }),
    [setParams],
  );
  return [mode, setMode];
}
