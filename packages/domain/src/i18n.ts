// Messages people read (errors, import problems) exist in both of the product's languages. The
// server picks one per request (Accept-Language; Chinese by default), the CLI per LANG.

export type Locale = 'zh' | 'en';

/** A message in English and Chinese. `String(text)` is the English one (logs, tests). */
export class Text {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {}
  toString(): string {
    return this.en;
  }
  in(locale: Locale): string {
    return locale === 'en' ? this.en : this.zh;
  }
}

export const tx = (en: string, zh: string): Text => new Text(en, zh);

/** Renders a message that may still be a plain string (from a library) in a locale. */
export const render = (m: Text | string, locale: Locale): string => (m instanceof Text ? m.in(locale) : m);

/** Accept-Language → locale: English only when English is preferred; Chinese otherwise. */
export function localeFrom(acceptLanguage: string | null | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
