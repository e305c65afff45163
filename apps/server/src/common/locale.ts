import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@carenet/domain';

/** What every layer may need to know about the HTTP request it serves, without passing it down. */
export interface RequestInfo {
  locale: Locale;
  /** The client's address as Express sees it (honours TRUST_PROXY), for the audit log */
  clientAddress: string | null;
}

const store = new AsyncLocalStorage<RequestInfo>();

/** Runs a request with its locale and client address, so errors and audit events below can use them. */
export const withRequest = <T>(info: RequestInfo, fn: () => T): T => store.run(info, fn);

/** Runs with a locale only (the command line). */
export const withLocale = <T>(locale: Locale, fn: () => T): T => store.run({ locale, clientAddress: null }, fn);

/** The current request's locale; Chinese outside a request unless LANG says English. */
export function currentLocale(): Locale {
  return store.getStore()?.locale ?? (process.env.LANG?.toLowerCase().startsWith('en') ? 'en' : 'zh');
}

/** The current request's client address, or null outside a request. */
export const currentClientAddress = (): string | null => store.getStore()?.clientAddress ?? null;
