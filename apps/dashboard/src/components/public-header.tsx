import { LanguageSwitch } from '@/components/language-switch';
import { useT } from '@/lib/i18n/i18n';
import { PHONE_QUERY, useMediaQuery } from '@/lib/use-media-query';

/**
 * The header of the pages one sees before signing in (sign-in, activation): the name and the
 * language switch, one row on a phone too (the short name and the short language names there).
 */
export function PublicHeader() {
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <header className="login-header">
      <span className="app-brand">
        <span className="app-brand-mark" aria-hidden="true">
          ♥
        </span>
        {phone ? t('app.shortTitle') : t('app.title')}
      </span>
      <LanguageSwitch compact={phone} />
    </header>
  );
}
