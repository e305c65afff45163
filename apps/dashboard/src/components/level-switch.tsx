import { Radio, Select } from 'antd';
import { NETWORK_LEVELS } from '@/lib/enums';
import type { NetworkLevel } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';

/**
 * 本科生 / 研究生: the global level every page reads from the URL. `compact` (phone headers): a
 * select showing the short name, so the header keeps to one row.
 */
export function LevelSwitch({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const [level, setLevel] = useLevel();
  const options = NETWORK_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }));
  if (compact) {
    return (
      <Select<NetworkLevel>
        aria-label={t('app.level')}
        data-testid="level-switch"
        className="level-switch-compact"
        value={level}
        onChange={setLevel}
        options={options}
        popupMatchSelectWidth={false}
        labelRender={({ value }) => t(`app.levelShort.${value as NetworkLevel}`)}
      />
    );
  }
  return (
    <Radio.Group
      aria-label={t('app.level')}
      data-testid="level-switch"
      optionType="button"
      buttonStyle="solid"
      value={level}
      onChange={(e) => setLevel(e.target.value as NetworkLevel)}
      options={options}
    />
  );
}
