import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isSemester } from '@/lib/semester';
import { SCREENING_CAMPAIGNS, SCREENING_SEMESTERS } from './screening.operations';

export type PeriodMode = 'campaign' | 'semester';

/**
 * The period a screening page shows, kept in the URL (?semester=&by=&campaign=) so links can be
 * shared: a semester (default: the current one), and either one campaign (default: the newest of
 * the semester) or the whole semester.
 */
export function useScreeningPeriod() {
  const [params, setParams] = useSearchParams();
  const semesters = useQuery(SCREENING_SEMESTERS);
  const raw = params.get('semester');
  const semester = isSemester(raw) ? raw : (semesters.data?.currentSemester.code ?? null);
  const mode: PeriodMode = params.get('by') === 'semester' ? 'semester' : 'campaign';
  const campaigns = useQuery(SCREENING_CAMPAIGNS, { variables: { semester }, skip: !semester });
  const list = campaigns.data?.screeningCampaigns ?? [];
  const wanted = params.get('campaign');
  const campaign = list.find((c) => c.id === wanted) ?? list[0] ?? null;
  const set = useCallback(
    (patch: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null) next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    semester,
    semesterOptions: semesters.data?.semesters ?? [],
    mode,
    campaigns: list,
    campaign,
    loading: semesters.loading || campaigns.loading,
    error: semesters.error ?? campaigns.error,
    setSemester: (code: string) => set({ semester: code, campaign: null }),
    setMode: (m: PeriodMode) => set({ by: m === 'semester' ? 'semester' : null }),
    setCampaign: (id: string) => set({ campaign: id }),
  };
}
