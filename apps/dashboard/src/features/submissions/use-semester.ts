import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isSemester } from '@/lib/semester';
import { SUBMISSION_SEMESTERS } from './api';

// ?semester= in the URL (shareable links); without it, the semester today falls in (`currentSemester`).
export function useSubmissionSemester() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('semester');
  const { data, loading, error } = useQuery(SUBMISSION_SEMESTERS);
  const semester = isSemester(raw) ? raw : (data?.currentSemester.code ?? null);
  const setSemester = useCallback(
    (code: string) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        copy.set('semester', code);
        return copy;
      }),
    [setParams],
  );
  const options = (data?.semesters ?? []).map((s) => ({ value: s.code, label: s.name }));
  if (semester && !options.some((o) => o.value === semester)) options.unshift({ value: semester, label: semester });
  return { semester, setSemester, options, loading, error: error ?? null };
}
