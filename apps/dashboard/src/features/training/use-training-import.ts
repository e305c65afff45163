import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { TrainingImportKind } from '@/gql/graphql';
// The roster import's file reading (UTF-8 or GB18030 CSV, XLSX as base64), reused as asked rather
// than copied; it belongs in lib/ once both imports share it.
import { formatOf, readImportFile } from '@/lib/read-file';
import { IMPORT_TRAINING, IMPORT_TRAINING_XLSX, type TrainingImportResult } from './api/training.mutation';
import { type TrainingImportPayload, trainingImportCall } from './training-import';

export { formatOf };

interface Payload extends TrainingImportPayload {
  fileName: string;
}

export type TrainingImportState =
  | { step: 'idle' }
  | { step: 'busy'; fileName: string; dryRun: boolean }
  | { step: 'checked'; payload: Payload; result: TrainingImportResult }
  | { step: 'applied'; payload: Payload; result: TrainingImportResult }
  | { step: 'failed'; fileName: string; error: unknown };

/** Dry run first; the import itself only after a dry run without errors. */
export function useTrainingImport(kind: TrainingImportKind, semester: string, onApplied: () => void) {
  const [state, setState] = useState<TrainingImportState>({ step: 'idle' });
  const [importCsv] = useMutation(IMPORT_TRAINING);
  const [importXlsx] = useMutation(IMPORT_TRAINING_XLSX);

  const run = useCallback(
    async (payload: Payload, dryRun: boolean): Promise<TrainingImportResult> => {
      const call = trainingImportCall(payload, kind, semester, dryRun);
      if (call.mutation === 'csv') {
        const res = await importCsv({ variables: call.variables });
        if (!res.data) throw new Error('empty response');
        return res.data.importTraining;
      }
      const res = await importXlsx({ variables: call.variables });
      if (!res.data) throw new Error('empty response');
      return res.data.importTrainingXlsx;
    },
    [importCsv, importXlsx, kind, semester],
  );

  const check = useCallback(
    async (file: File) => {
      setState({ step: 'busy', fileName: file.name, dryRun: true });
      try {
        const read = await readImportFile(file);
        const payload: Payload = { fileName: read.fileName, format: read.format, content: read.content };
        setState({ step: 'checked', payload, result: await run(payload, true) });
      } catch (error) {
        setState({ step: 'failed', fileName: file.name, error });
      }
    },
    [run],
  );

  const apply = useCallback(async () => {
    if (state.step !== 'checked' || state.result.errors.length > 0) return;
    const { payload } = state;
    setState({ step: 'busy', fileName: payload.fileName, dryRun: false });
    try {
      const result = await run(payload, false);
      setState({ step: 'applied', payload, result });
      onApplied();
    } catch (error) {
      setState({ step: 'failed', fileName: payload.fileName, error });
    }
  }, [run, state, onApplied]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, check, apply, reset };
}
