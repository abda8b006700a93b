import { useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { SearchHit } from '../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../shared/model/ids';
import { useI18n } from '../../app/i18n';
import { HighlightedSnippet } from './HighlightedSnippet';
import { SearchIndexProgress } from './SearchIndexProgress';
import { useMeetingSearch } from './useMeetingSearch';
import './search.css';

/**
 * Full-text search across every document of a meeting the delegate may see. Diacritics and case don't
 * matter; results show document, page and the matched words; choosing one calls `onOpen`.
 */
export function MeetingSearch({
  api,
  meetingId,
  onOpen,
  autoFocus,
}: {
  api: Api;
  meetingId: MeetingId;
  onOpen(hit: SearchHit, query: string): void;
  autoFocus?: boolean;
}) {
  const { t, errorText } = useI18n();
  const [query, setQuery] = useState('');
  const s = useMeetingSearch(api, meetingId, query);
  const st = s.status;
  return (
    <div className="ms" data-testid="meeting-search">
      <input
        type="search"
        className="ms-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => setQuery(e.target.value)}
      />
      <SearchIndexProgress status={st} showReady />
      {st && st.unavailable.length ? (
        <p className="pv-muted">{t('search.unavailable', { titles: st.unavailable.map((u) => u.title).join('; ') })}</p>
      ) : null}
      {s.error ? (
        <p className="pv-panel__error" role="alert">
          {errorText(s.error)}
        </p>
      ) : null}
      {s.answered && !s.busy && s.hits.length === 0 ? <p className="pv-muted">{t('search.noResults', { query: s.answered })}</p> : null}
      {s.hits.length ? (
        <p className="pv-muted" aria-live="polite">
          {t('search.results', { count: s.hits.length })}
        </p>
      ) : null}
      <ul className="ms-results">
        {s.hits.map((h) => (
          <li key={`${h.documentId}:${h.page}`}>
            <button type="button" className="ms-hit" data-search-hit={`${h.documentId}:${h.page}`} onClick={() => onOpen(h, s.answered)}>
              <span className="ms-hit__head">
                <span className="ms-hit__title">{h.documentTitle}</span>
                <span className="ms-hit__page">
                  {t('search.resultPage', { page: h.page })}
                  {h.superseded ? ` · ${t('search.superseded')}` : ''}
                </span>
              </span>
              <HighlightedSnippet text={h.snippet} highlights={h.highlights} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
