import { useEffect } from 'react';
import { useT } from './i18n/i18n';

/** "<page> · CareNet …" in the tab title, so each page is told apart (WCAG 2.4.2). */
export function useDocumentTitle(page: string | undefined): void {
  const t = useT();
  const app = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} · ${app}` : app;
  }, [page, app]);
}
