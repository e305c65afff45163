import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { RosterKind } from '@/gql/graphql';
import { IMPORT_ROSTER, type ImportResult } from './import-roster.mutation';
import { IMPORT_ROSTER_XLSX } from './import-roster-xlsx.mutation';
import { type ImportPayload, readImportFile } from '@/lib/read-file';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'checking'; payload: ImportPayload }
  | { step: 'checked'; payload: ImportPayload; result: ImportResult }
  | { step: 'applying'; payload: ImportPayload; preview: ImportResult }
  | { step: 'applied'; payload: ImportPayload; result: ImportResult }
  | { step: 'failed'; fileName: string; error: unknown };

/** Dry run first, apply only after a clean dry run: the import page's state machine. */
export function useRosterImport(kind: RosterKind) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [importCsv] = useMutation(IMPORT_ROSTER);
  const [importXlsx] = useMutation(IMPORT_ROSTER_XLSX);

  const run = useCallback(
    async (payload: ImportPayload, dryRun: boolean): Promise<ImportResult> => {
      if (payload.format === 'csv') {
        const res = await importCsv({ variables: { kind, csv: payload.content, dryRun } });
        if (!res.data) throw new Error('empty response');
        return res.data.importRoster;
      }
      const res = await importXlsx({ variables: { kind, xlsxBase64: payload.content, dryRun } });
      if (!res.data) throw new Error('empty response');
      return res.data.importRosterXlsx;
    },
    [importCsv, importXlsx, kind],
  );

  const check = useCallback(
    async (file: File) => {
      setState({ step: 'reading', fileName: file.name });
      try {
        const payload = await readImportFile(file);
        setState({ step: 'checking', payload });
        const result = await run(payload, true);
        setState({ step: 'checked', payload, result });
      } catch (error) {
        setState({ step: 'failed', fileName: file.name, error });
      }
    },
    [run],
  );

  const apply = useCallback(async () => {
    if (state.step !== 'checked' || state.result.errors.length > 0) return;
    const { payload, result: preview } = state;
    setState({ step: 'applying', payload, preview });
    try {
      const result = await run(payload, false);
      setState({ step: 'applied', payload, result });
    } catch (error) {
      setState({ step: 'failed', fileName: payload.fileName, error });
    }
  }, [run, state]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, check, apply, reset };
}
