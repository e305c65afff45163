import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/i18n';
import { COLLEGE_OPTIONS } from './college-options.query';

/** Colleges as select options ("C01 计算机学院"), a code → "code name" lookup and a code → name one. */
export function useCollegeOptions() {
  const t = useT();
  const { data, loading } = useQuery(COLLEGE_OPTIONS);
  return useMemo(() => {
    const colleges = data?.colleges ?? [];
    const names = new Map(colleges.map((c) => [c.code, c.name]));
    return {
      loading,
      options: colleges.map((c) => ({ value: c.code, label: t('admin.collegeOption', { code: c.code, name: c.name }) })),
      label: (code: string) => (names.has(code) ? t('admin.collegeOption', { code, name: names.get(code) ?? '' }) : code),
      /** The name alone (the code until the names have loaded, or for a college the person cannot see). */
      name: (code: string) => names.get(code) ?? code,
    };
  }, [data, loading, t]);
}
