import type { SearchStatus } from '../../../shared/ipc/slices/viewer';
import { assertNever } from '../../../shared/util/result';
import { useI18n } from '../../app/i18n';
import { ProgressBar } from '../../components/ProgressBar';
import { indexProgressView } from './index-progress';

/**
 * The meeting's search index: a progress bar while documents are being indexed (from the package download or
 * import on, not only once someone searches) and, with `showReady`, a note once they all are. Only that note
 * is a live region: it is announced once when indexing ends, while the bar's many updates are not.
 */
export function SearchIndexProgress({ status, showReady = false }: { status: SearchStatus | null; showReady?: boolean }) {
  const { t } = useI18n();
  const v = indexProgressView(status);
  let bar = null;
  let note = '';
  switch (v.kind) {
    case 'none':
      return null;
    case 'indexing':
      bar = <ProgressBar label={t('search.indexingLabel')} fraction={v.fraction} caption={t(v.caption.key, v.caption.params)} />;
      break;
    case 'ready':
      if (showReady) note = t(v.caption.key, v.caption.params);
      break;
    default:
      return assertNever(v, 'index progress');
  }
  return (
    <div className="ms-index" data-testid="search-index-progress" data-state={v.kind}>
      {bar}
      <p role="status" className="pv-muted ms-index__note">
        {note}
      </p>
    </div>
  );
}
