import { lazy, Suspense } from 'react';
import type { DocumentMeta } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';

// pdf.js is heavy: load the viewer only when a document is shown.
const DocumentViewer = lazy(() => import('../viewer').then((m) => ({ default: m.DocumentViewer })));

/**
 * The document the delegate reads during the live meeting. `jump` changes on every chair push, remounting
 * the viewer at the pushed page even when the document is the same one.
 */
export function LiveDocumentPane({ doc, page, jump, onClose }: { doc: DocumentMeta; page: number | null; jump: number; onClose(): void }) {
  const api = useApi();
  const { t } = useI18n();
  return (
    <section className="viewer-host live-doc" aria-label={doc.title} data-testid="live-document" data-document-id={doc.id} data-page={page ?? 1}>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <DocumentViewer key={`${doc.id}:${jump}`} api={api} document={doc} onClose={onClose} {...(page ? { initialPage: page } : {})} />
      </Suspense>
    </section>
  );
}
