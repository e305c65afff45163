import { StatusTag } from '@/components/status-tag';
import { type MessageKey, useT } from '@/lib/i18n/i18n';

export type CoverageState = 'covered' | 'gap' | 'inactive';

export function coverageState(entry: { active: boolean; covered: boolean }): CoverageState {
  if (!entry.active) return 'inactive';
  return entry.covered ? 'covered' : 'gap';
}

const TONE = { covered: 'success', gap: 'warning', inactive: 'neutral' } as const;

/** 已覆盖 / 缺… / 无在读… for a class (prefix "classes") or a dorm (prefix "dorms"). */
export function CoverageStatus({ state, prefix, testId }: { state: CoverageState; prefix: 'classes' | 'dorms'; testId: string }) {
  const t = useT();
  const key = `${prefix}.status.${state}` as MessageKey;
  return (
    <span data-status={state}>
      <StatusTag tone={TONE[state]} testId={testId}>
        {t(key)}
      </StatusTag>
    </span>
  );
}
