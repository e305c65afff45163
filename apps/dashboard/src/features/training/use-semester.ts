import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isSemester } from '@/lib/semester';
import { type Semester, SEMESTERS } from './api/training.query';

// The chosen semester lives in the URL (?semester=2026-2027-1) so links are shareable; without
// one, the semester today falls in (the server's calendar, `currentSemester`).
const PARAM = 'semester';

export interface SemesterChoice {
  /** The chosen code; null until the current one is known. */
  semester: string | null;
  setSemester: (code: string) => void;
  /** The calendar's semesters, newest first, with the chosen one even when it is not stored. */
  semesters: Semester[];
  current: Semester | null;
  loading: boolean;
  error: unknown;
}

/** The picker's choices: the listed semesters, plus the chosen code when the list lacks it. */
export function semesterOptions(listed: readonly Semester[], chosen: string | null): { code: string; name: string | null }[] {
  const out = listed.map((s) => ({ code: s.code, name: s.name as string | null }));
  if (chosen && !out.some((s) => s.code === chosen)) out.unshift({ code: chosen, name: null });
  return out;
}

export function useSemester(): SemesterChoice {
  const [params, setParams] = useSearchParams();
  const raw = params.get(PARAM);
  const { data, loading, error } = useQuery(SEMESTERS);
  const current = data?.currentSemester ?? null;
  const semester = isSemester(raw) ? raw : (current?.code ?? null);
  const setSemester = useCallback(
    (code: string) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        copy.set(PARAM, code);
        return copy;
      }),
    [setParams],
  );
  return { semester, setSemester, semesters: data?.semesters ?? [], current, loading, error: error ?? null };
}

/** A path with the semester (and any other parameters) kept. */
export function withSemester(path: string, semester: string | null): string {
  if (!semester) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${PARAM}=${encodeURIComponent(semester)}`;
}
