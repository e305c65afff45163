import { Spin } from 'antd';
import { useT } from '@/lib/i18n/i18n';

export function PageSpinner() {
  const t = useT();
  return (
    <div className="page-spinner" role="status" aria-live="polite">
      <Spin />
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}
