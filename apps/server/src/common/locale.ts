import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@carenet/domain';

const store = new AsyncLocalStorage<Locale>();

/** Runs a request with its locale, so errors formatted anywhere below speak the caller's language. */
export const withLocale = <T>(locale: Locale, fn: () => T): T => store.run(locale, fn);

/** The current request's locale; Chinese outside a request unless LANG says English. */
export function currentLocale(): Locale {
  return store.getStore() ?? (process.env.LANG?.toLowerCase().startsWith('en') ? 'en' : 'zh');
}
