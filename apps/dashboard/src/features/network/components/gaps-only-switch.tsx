import { Switch } from 'antd';
import { useT } from '@/lib/i18n/i18n';

export function GapsOnlySwitch({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  const t = useT();
  return (
    <span className="card-extra">
      <Switch id={id} size="small" checked={checked} onChange={onChange} data-testid={id} />
      <label htmlFor={id}>{t('classes.gapsOnly')}</label>
    </span>
  );
}
