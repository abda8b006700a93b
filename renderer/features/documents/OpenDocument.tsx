import { lazy, Suspense } from 'react';
import type { DocumentMeta } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import './documents.css';

// The viewer pulls in pdf.js: load it only when a document is opened.
const DocumentViewer = lazy(() => import('../viewer').then((m) => ({ default: m.DocumentViewer })));

export function OpenDocument({ document, onClose }: { document: DocumentMeta; onClose(): void }) {
  const api = useApi();
  const { t } = useI18n();
  return (
    <section className="viewer-host" aria-label={document.title}>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <DocumentViewer key={document.id} api={api} document={document} onClose={onClose} />
      </Suspense>
    </section>
  );
}
