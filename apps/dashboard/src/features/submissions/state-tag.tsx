import { Tag } from 'antd';
import type { SubmissionState } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import { stateKey, stateTone, TONE_STYLE } from './status';

/** A submission's state as text on a colour (never colour alone). */
export function StateTag({ state, daysLeft, testId }: { state: SubmissionState; daysLeft?: number | null; testId?: string }) {
  const t = useT();
  const tone = stateTone(state, daysLeft);
  return (
    <Tag style={TONE_STYLE[tone]} data-testid={testId} data-state={state} data-tone={tone}>
      {t(stateKey(state))}
    </Tag>
  );
}
