import type { TrainingProgramme } from './api/training.query';
import { useT } from '@/lib/i18n/i18n';

/** 基本技能模块 … ; 每人至少参加 n 场自主设计培训; 每个学院每学期举办 2–3 场: the rules the figures are counted by. */
export function ProgrammeSummary({ programme, testId = 'programme-summary' }: { programme: TrainingProgramme; testId?: string }) {
  const t = useT();
  return (
    <p className="hint" data-testid={testId}>
      {t('training.programmeLine', {
        modules: programme.modules.map((m) => m.name).join(t('common.listSeparator')),
        min: programme.minSelfDesignedAttendance,
        targetMin: programme.sessionTargetMin,
        targetMax: programme.sessionTargetMax,
      })}
      {programme.isDefault && <> {t('training.programmeDefault')}</>}
    </p>
  );
}
