import { Radio } from 'antd';
import { NETWORK_LEVELS } from '@/lib/enums';
import type { NetworkLevel } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';

/** 本科生 / 研究生: the global level every page reads from the URL. */
export function LevelSwitch() {
  const t = useT();
  const [level, setLevel] = useLevel();
  return (
    <Radio.Group
      aria-label={t('app.level')}
      data-testid="level-switch"
      optionType="button"
      buttonStyle="solid"
      value={level}
      onChange={(e) => setLevel(e.target.value as NetworkLevel)}
      options={NETWORK_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
    />
  );
}
