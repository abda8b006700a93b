import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentMeta } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import './reading.css';

// pdf.js is heavy: load the viewer only when a document is shown.
const DocumentViewer = lazy(() => import('../viewer').then((m) => ({ default: m.DocumentViewer })));

type Props = {
  doc: DocumentMeta;
  page: number | null;
  /** Changes on every chair push (and "follow" again): the viewer is remounted at the pushed page. */
  jump: number;
  following: boolean;
  /** The chair's page when the chair shows this document and this screen is elsewhere in it. */
  chairPage: number | null;
  reading: boolean;
  onReading(on: boolean): void;
  /** The delegate scrolled to this page (reported once the viewer reached the page it was opened at). */
  onPage(page: number): void;
  onReturn(): void;
  onClose(): void;
};

/**
 * The document the delegate reads during the live meeting, at fit-width. Reading mode fills the screen, with
 * large page-turn targets on both sides and the "following the chair" state always in view; scrolling away
 * from the chair's page offers "return to the chair's page".
 */
export function LiveDocumentPane(p: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [shown, setShown] = useState<number | null>(null);
  const [goTo, setGoTo] = useState<{ page: number; nonce: number } | undefined>(undefined);
  // Reports before the viewer reached the page it was opened at are its own scrolling there, not the reader's.
  const settled = useRef(false);
  const target = p.page ?? 1;
  useEffect(() => {
    settled.current = false;
    setShown(null);
  }, [p.jump]);
  const { onPage } = p;
  const onPageChange = useCallback(
    (page: number) => {
      setShown(page);
      if (!settled.current) {
        if (page === target) settled.current = true;
        return;
      }
      onPage(page);
    },
    [onPage, target],
  );
  const turn = (d: 1 | -1) => {
    const from = shown ?? target;
    setGoTo((g) => ({ page: Math.max(1, from + d), nonce: (g?.nonce ?? 0) + 1 }));
  };

  useEffect(() => {
    if (!p.reading) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && p.onReading(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [p.reading, p.onReading]); // eslint-disable-line react-hooks/exhaustive-deps

  const bar = (
    <div className={p.following ? 'reading-bar reading-bar--following' : 'reading-bar'} data-testid="reading-bar">
      <span className="reading-bar__state" data-testid="reading-follow-state" data-following={p.following ? 'true' : 'false'}>
        <span className="reading-bar__dot" aria-hidden="true" />
        {p.following ? t('live.reading.following') : t('live.reading.ownPace')}
      </span>
      {p.chairPage !== null ? (
        <button type="button" className="btn btn--primary" onClick={p.onReturn} data-testid="return-to-chair">
          {t('live.reading.returnToChair', { n: p.chairPage })}
        </button>
      ) : null}
      <button type="button" className="btn" onClick={() => p.onReading(!p.reading)} aria-pressed={p.reading} data-testid="reading-toggle">
        {p.reading ? t('live.reading.exit') : t('live.reading.enter')}
      </button>
    </div>
  );

  return (
    <section
      className={p.reading ? 'viewer-host live-doc live-doc--reading' : 'viewer-host live-doc'}
      aria-label={p.doc.title}
      data-testid="live-document"
      data-document-id={p.doc.id}
      data-page={p.page ?? 1}
      data-reading={p.reading ? 'true' : 'false'}
    >
      {bar}
      <div className="live-doc__body">
        {p.reading ? (
          <button
            type="button"
            className="page-turn page-turn--prev"
            onClick={() => turn(-1)}
            aria-label={t('live.reading.prev')}
            data-testid="page-prev"
          >
            <span aria-hidden="true">‹</span>
          </button>
        ) : null}
        <div className="live-doc__viewer">
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <DocumentViewer
              key={`${p.doc.id}:${p.jump}`}
              api={api}
              document={p.doc}
              onClose={p.onClose}
              initialZoom="page-width"
              onPageChange={onPageChange}
              {...(goTo ? { goTo } : {})}
              {...(p.page ? { initialPage: p.page } : {})}
            />
          </Suspense>
        </div>
        {p.reading ? (
          <button
            type="button"
            className="page-turn page-turn--next"
            onClick={() => turn(1)}
            aria-label={t('live.reading.next')}
            data-testid="page-next"
          >
            <span aria-hidden="true">›</span>
          </button>
        ) : null}
      </div>
    </section>
  );
}
