import { useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { DocumentId } from '../../../../shared/model/ids';
import { useI18n } from '../../../app/i18n';

/** How long the download link of an exported copy stays valid. */
const EXPORT_URL_LIFETIME_MS = 60_000;

/** "Export a copy with annotations": the download, the busy flag and the notice shown afterwards. */
export function useExportCopy(api: Api, documentId: DocumentId) {
  const { t, errorText } = useI18n();
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const exportCopy = async () => {
    setExporting(true);
    const r = await api.invoke('annotations:export', { documentId });
    setExporting(false);
    if (!r.ok) return setNotice(errorText(r.error));
    const url = URL.createObjectURL(new Blob([r.value.bytes as BlobPart], { type: 'application/pdf' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = r.value.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), EXPORT_URL_LIFETIME_MS);
    setNotice(t('annot.exported', { count: r.value.annotations, file: r.value.fileName }));
  };
  return { exporting, notice, clearNotice: () => setNotice(null), exportCopy };
}
