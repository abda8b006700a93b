import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../../app/i18n';
import type { FindController } from '../find/find-controller';
import { Icon } from '../../../components/Icon';

/** Debounce for find-as-you-type, so each keystroke doesn't restart a scan of every page. */
const FIND_DEBOUNCE_MS = 200;

export function FindBar(props: { find: FindController; initialQuery: string; currentPage: number; onHighlight(): void; onClose(): void }) {
  const { find, onClose, onHighlight } = props;
  const { t } = useI18n();
  const state = useSyncExternalStore(
    (l) => find.subscribe(l),
    () => find.snapshot,
  );
  const [text, setText] = useState(props.initialQuery);
  const input = useRef<HTMLInputElement>(null);
  // Like a browser: a new search starts at the page being read.
  const page = useRef(props.currentPage);
  page.current = props.currentPage;
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useEffect(() => {
    if (text === find.snapshot.query) return;
    const h = setTimeout(() => find.setQuery(text, page.current), FIND_DEBOUNCE_MS);
    return () => clearTimeout(h);
  }, [text, find]);

  const status = !state.query
    ? ''
    : !state.done && state.total === 0
      ? t('viewer.find.scanning', { pages: state.scannedPages, total: state.pages })
      : state.total === 0
        ? t('viewer.find.none')
        : t('viewer.find.count', { current: state.ordinal, total: state.total });
  return (
    <div className="pv-find" role="search" data-testid="viewer-find">
      <input
        ref={input}
        type="search"
        className="pv-find__input"
        aria-label={t('viewer.find')}
        placeholder={t('viewer.find.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (text !== find.snapshot.query) find.setQuery(text, page.current);
            else if (e.shiftKey) find.prev();
            else find.next();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="pv-find__status" aria-live="polite" data-testid="viewer-find-status">
        {status}
      </span>
      <button
        type="button"
        className="icon-btn"
        title={t('viewer.find.prev')}
        aria-label={t('viewer.find.prev')}
        disabled={state.total === 0}
        onClick={() => find.prev()}
      >
        ▲
      </button>
      <button
        type="button"
        className="icon-btn"
        title={t('viewer.find.next')}
        aria-label={t('viewer.find.next')}
        disabled={state.total === 0}
        onClick={() => find.next()}
      >
        ▼
      </button>
      <button type="button" className="btn btn--small" disabled={!state.current} onClick={onHighlight}>
        <Icon name="highlight" size={18} /> {t('viewer.find.highlight')}
      </button>
      <button type="button" className="icon-btn" title={t('viewer.find.close')} aria-label={t('viewer.find.close')} onClick={onClose}>
        <Icon name="close" size={18} />
      </button>
    </div>
  );
}
