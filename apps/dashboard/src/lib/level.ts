import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { NetworkLevel } from '@/gql/graphql';

// The chosen network level lives in the URL (?level=GRADUATE) so every link is shareable;
// undergraduate is the default and is left out of the URL.
const PARAM = 'level';

export function parseLevel(value: string | null): NetworkLevel {
  return value === 'GRADUATE' ? 'GRADUATE' : 'UNDERGRADUATE';
}

/** A path that keeps the chosen level, e.g. withLevel('/colleges/C01', 'GRADUATE'). */
export function withLevel(path: string, level: NetworkLevel): string {
  if (level === 'UNDERGRADUATE') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${PARAM}=${level}`;
}

export function useLevel(): [NetworkLevel, (level: NetworkLevel) => void] {
  const [params, setParams] = useSearchParams();
  const level = parseLevel(params.get(PARAM));
  const setLevel = useCallback(
    (next: NetworkLevel) => {
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next === 'UNDERGRADUATE') copy.delete(PARAM);
          else copy.set(PARAM, next);
          return copy;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [level, setLevel];
}
