import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { DiscoveredRelay } from '../../../shared/relay-protocol/discovery';
import { useI18n } from '../../app/i18n';
import { useLatestRequest } from '../../app/useLatestRequest';
import './relay-finder.css';

type Found = { status: 'searching' } | { status: 'done'; relays: DiscoveredRelay[] };

/**
 * The meeting rooms this laptop finds on the LAN (`discovery:find`): one button each fills in the address;
 * "Tìm lại" looks again. Nothing found → a hint to type the address the secretariat gives.
 */
export function RelayFinder({ api, selected, onPick }: { api: Api; selected: string; onPick(url: string): void }) {
  const { t } = useI18n();
  const [found, setFound] = useState<Found>({ status: 'searching' });
  const latest = useLatestRequest();

  const search = useCallback(async () => {
    const current = latest.begin();
    setFound({ status: 'searching' });
    const r = await api.invoke('discovery:find');
    if (!current()) return;
    setFound({ status: 'done', relays: r.ok ? r.value : [] });
  }, [api, latest]);

  useEffect(() => {
    void search();
    return () => latest.cancel();
  }, [search, latest]);

  return (
    <section className="relay-finder" aria-labelledby="relay-finder-title" data-testid="relay-finder">
      <div className="relay-finder__head">
        <h2 id="relay-finder-title" className="relay-finder__title">
          {t('discovery.found')}
        </h2>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => void search()}
          disabled={found.status === 'searching'}
          data-testid="relay-finder-refresh"
        >
          {t('discovery.refresh')}
        </button>
      </div>
      {found.status === 'searching' ? (
        <p className="small muted" role="status">
          {t('discovery.searching')}
        </p>
      ) : found.relays.length === 0 ? (
        <p className="small muted" role="status" data-testid="relay-finder-none">
          {t('discovery.none')}
        </p>
      ) : (
        <ul className="relay-finder__list">
          {found.relays.map((r) => (
            <li key={r.url}>
              <button
                type="button"
                className={`relay-finder__item${r.url === selected ? ' relay-finder__item--on' : ''}`}
                aria-pressed={r.url === selected}
                onClick={() => onPick(r.url)}
              >
                <span className="relay-finder__name">{r.title ?? t('discovery.untitled')}</span>
                <span className="relay-finder__url mono">{r.url}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
