import { Radio } from 'antd';
import { type Language, LANGUAGES, useI18n } from '@/lib/i18n/i18n';

// Each language is named in itself, so a reader of either finds the switch; phones get the short names.
const NAMES: Record<Language, { label: string; short: string; lang: string }> = {
  'zh-CN': { label: '中文', short: '中文', lang: 'zh-CN' },
  en: { label: 'English', short: 'EN', lang: 'en' },
};

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <Radio.Group
      aria-label={t('app.language')}
      data-testid="language-switch"
      optionType="button"
      size="small"
      value={language}
      onChange={(e) => setLanguage(e.target.value as Language)}
      options={LANGUAGES.map((l) => ({
        value: l,
        label: (
          <span lang={NAMES[l].lang} title={compact ? NAMES[l].label : undefined}>
            {compact ? NAMES[l].short : NAMES[l].label}
          </span>
        ),
      }))}
    />
  );
}
