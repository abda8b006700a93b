import { useEffect, useState } from 'react';
import type { DocumentDownload } from '../../../shared/ipc/slices/live';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../app/i18n';
import { documentFraction, downloadSummary, formatBytes } from './connection-view';
import { useDocumentTitles } from './useDocumentTitles';
import { useRelayStatus } from './useRelayStatus';
import './connection.css';
import { Icon } from '../../components/Icon';

/**
 * The meeting package arriving from the relay: progress per document and overall. Shown while documents
 * download; once done it folds to one line and goes away by itself. An up-to-date package shows nothing.
 */
const DONE_VISIBLE_MS = 8000;

export function DownloadPanel() {
  const { t, errorText } = useI18n();
  const { status } = useRelayStatus();
  const summary = downloadSummary(status?.download ?? null);
  const [seenActive, setSeenActive] = useState(false);
  const [hidden, setHidden] = useState(false);
  const [expanded, setExpanded] = useState(true);
  const active = summary?.active ?? false;
  // Failed documents are retried by the services: the panel stays open until they have arrived.
  const incomplete = !active && (summary?.errors ?? 0) > 0;
  useEffect(() => {
    if (active || incomplete) {
      setSeenActive(true);
      setHidden(false);
      setExpanded(true);
      return;
    }
    setExpanded(false);
    const id = window.setTimeout(() => setHidden(true), DONE_VISIBLE_MS);
    return () => window.clearTimeout(id);
  }, [active, incomplete]);
  const titles = useDocumentTitles(seenActive && !hidden);
  if (!summary || !status?.download || hidden || !(active || seenActive)) return null;
  const docs = status.download.documents;
  const title = (d: DocumentDownload) => titles.get(d.documentId) ?? t('download.unknownDoc', { id: d.documentId.slice(0, 8) });
  return (
    <aside
      className="download-panel"
      aria-labelledby="download-heading"
      data-testid="download-panel"
      data-active={active ? 'true' : 'false'}
    >
      <div className="download-panel__head">
        <h2 id="download-heading" className="download-panel__title">
          {active ? t('download.title') : incomplete ? t('download.titleIncomplete') : `✓ ${t('download.titleDone')}`}
        </h2>
        <button type="button" className="btn btn--small btn--ghost" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('download.hide') : t('download.show')}
        </button>
        {!active && !incomplete ? (
          <button
            type="button"
            className="icon-btn"
            aria-label={t('common.close')}
            title={t('common.close')}
            onClick={() => setHidden(true)}
          >
            <Icon name="close" size={18} />
          </button>
        ) : null}
      </div>
      <ProgressBar
        label={t('download.overallLabel')}
        fraction={summary.fraction}
        caption={t('download.overall', {
          done: summary.documentsDone,
          total: summary.documentsTotal,
          received: formatBytes(summary.receivedBytes),
          size: formatBytes(summary.totalBytes),
        })}
      />
      {summary.errors > 0 ? <p className="small download-panel__error">{t('download.errors', { n: summary.errors })}</p> : null}
      {expanded ? (
        <ul className="download-panel__list">
          {docs.map((d) => (
            <li key={d.documentId} className={`download-doc download-doc--${d.status}`} data-testid="download-doc" data-status={d.status}>
              <div className="download-doc__row">
                <span className="download-doc__title">{title(d)}</span>
                <span className="download-doc__status">{t(`download.${d.status}`)}</span>
              </div>
              <div
                className="download-doc__track"
                role="progressbar"
                aria-label={t('download.docLabel', { title: title(d) })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(documentFraction(d) * 100)}
              >
                <div className="download-doc__fill" style={{ width: `${documentFraction(d) * 100}%` }} />
              </div>
              {d.error ? <p className="small download-panel__error">{errorText(d.error)}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
