import type { MessageKey, Translate } from '@/lib/i18n/i18n';

// The programme form: module codes are compared in upper case (a platform's `courseware` is
// COURSEWARE), each once; the three defaults are always offered with their names.

export const DEFAULT_MODULE_CODES = ['COURSEWARE', 'LECTURE', 'READER'] as const;

export function normalizeModuleCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => c.trim().toUpperCase()).filter((c) => c.length > 0))];
}

/** The select's options: the defaults (by name) and every code of the current programme. */
export function moduleOptions(current: readonly { code: string; name: string }[], t: Translate): { value: string; label: string }[] {
  const names = new Map(current.map((m) => [m.code, m.name]));
  const codes = normalizeModuleCodes([...DEFAULT_MODULE_CODES, ...current.map((m) => m.code)]);
  return codes.map((code) => {
    const known = (DEFAULT_MODULE_CODES as readonly string[]).includes(code) ? t(`programme.module.${code}` as MessageKey) : names.get(code);
    return { value: code, label: known && known !== code ? `${known}（${code}）` : code };
  });
}
