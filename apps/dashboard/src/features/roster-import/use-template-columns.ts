import { useEffect, useState } from 'react';
import type { RosterKind } from '@/gql/graphql';

export const templateSlug = (kind: RosterKind) => kind.toLowerCase().replace(/_/g, '-');

/** The header row of a kind's template, read from the server (so it never drifts from the importer). */
export function useTemplateColumns(kind: RosterKind, english: boolean): string[] | null {
  const [columns, setColumns] = useState<string[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setColumns(null);
    fetch(`/templates/${templateSlug(kind)}${english ? '.en' : ''}.csv`, { signal: controller.signal })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((text) => setColumns(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]?.split(',') ?? []))
      .catch(() => {
        // The list is a convenience; the template links still work without it.
      });
    return () => controller.abort();
  }, [kind, english]);
  return columns;
}
