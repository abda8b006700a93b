import { useCallback, useState } from 'react';
import type { Message } from '../../../shared/i18n';
import type { DocumentMeta } from '../../../shared/model/types';
import type { AppError, Result } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { newImportId } from './doc-form';
import { overallFraction, type ImportProgress } from './import-progress';

/** One PDF import (or new version) with its progress events, matched by a fresh import id. */
export function useImport() {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const { t } = useI18n();

  const start = useCallback(
    async (call: (importId: string) => Promise<Result<DocumentMeta>>): Promise<DocumentMeta | null> => {
      const importId = newImportId();
      setBusy(true);
      setError(null);
      setWarning(null);
      setProgress({ phase: 'reading', fraction: 0 });
      let doneNotices: Message[] = [];
      const off = api.on('documents:import-progress', (p) => {
        if (p.importId !== importId) return;
        if (p.phase === 'done') doneNotices = p.notices ?? [];
        setProgress((old) => (old && overallFraction(old) > overallFraction(p) && p.phase !== 'failed' ? old : p));
      });
      try {
        const r = await call(importId);
        if (!r.ok) {
          setError(r.error);
          setProgress(null);
          return null;
        }
        setWarning(doneNotices.length ? doneNotices.map((n) => t(n.key, n.params)).join(' ') : null);
        setProgress(null);
        return r.value;
      } finally {
        off();
        setBusy(false);
      }
    },
    [api, t],
  );
  const reset = useCallback(() => {
    setError(null);
    setWarning(null);
    setProgress(null);
  }, []);
  return { progress, busy, error, warning, start, reset };
}
