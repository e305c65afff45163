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

// "Only colleges with gaps" (?gaps=1) filters the college table, both charts and their CSV exports
// alike. It is in the URL too, so a shared link shows the same rows.
const GAPS_PARAM = 'gaps';

export const parseGapsOnly = (value: string | null): boolean => value === '1';

export function useGapsOnly(): [boolean, (gapsOnly: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const gapsOnly = parseGapsOnly(params.get(GAPS_PARAM));
  const setGapsOnly = useCallback(
    (next: boolean) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next) copy.set(GAPS_PARAM, '1');
          else copy.delete(GAPS_PARAM);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [gapsOnly, setGapsOnly];
}
