import { useT } from '@/lib/i18n/i18n';

/** ✓ 是 / ✗ 否, with the word so it does not rely on colour or symbol alone. */
export function YesNo({ value }: { value: boolean }) {
  const t = useT();
  return value ? (
    <span className="mark-yes">
      <span aria-hidden="true">✓ </span>
      {t('common.yes')}
    </span>
  ) : (
    <span className="mark-no">
      <span aria-hidden="true">✗ </span>
      {t('common.no')}
    </span>
  );
}
