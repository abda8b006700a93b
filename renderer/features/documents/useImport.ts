import { useCallback, useState } from 'react';
import type { DocumentMeta } from '../../../shared/model/types';
import type { AppError, Result } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { newImportId } from './doc-form';
import { overallFraction, type ImportProgress } from './import-progress';

/** One PDF import (or new version) with its progress events, matched by a fresh import id. */
export function useImport() {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [warning, setWarning] = useState<string | null>(null);

  const start = useCallback(
    async (call: (importId: string) => Promise<Result<DocumentMeta>>): Promise<DocumentMeta | null> => {
      const importId = newImportId();
      setBusy(true);
      setError(null);
      setWarning(null);
      setProgress({ phase: 'reading', fraction: 0 });
      let doneMessage: string | undefined;
      const off = api.on('documents:import-progress', (p) => {
        if (p.importId !== importId) return;
        if (p.phase === 'done') doneMessage = p.message;
        setProgress((old) => (old && overallFraction(old) > overallFraction(p) && p.phase !== 'failed' ? old : p));
      });
      try {
        const r = await call(importId);
        if (!r.ok) {
          setError(r.error);
          setProgress(null);
          return null;
        }
        setWarning(doneMessage ?? null);
        setProgress(null);
        return r.value;
      } finally {
        off();
        setBusy(false);
      }
    },
    [api],
  );
  const reset = useCallback(() => {
    setError(null);
    setWarning(null);
    setProgress(null);
  }, []);
  return { progress, busy, error, warning, start, reset };
}
