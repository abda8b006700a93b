import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { orderedItems } from '../chair/agenda-nav';

type Props = {
  agenda: readonly AgendaItem[];
  chairItemId: AgendaItemId | null;
  selectedId: AgendaItemId | null;
  /** After the meeting closed no item is "being discussed": the chair's last item is not marked. */
  closed?: boolean;
  onSelect(id: AgendaItemId): void;
};

/** The agenda with the chair's current item marked; choosing an item is the delegate's own browsing. */
export function LiveAgendaList({ agenda, chairItemId, selectedId, closed = false, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <nav className="live-agenda" aria-label={t('live.agenda')}>
      <h2 className="column-head__title live-agenda__title">{t('live.agenda')}</h2>
      <ol className="live-agenda__list">
        {orderedItems(agenda).map((n) => {
          const chairHere = !closed && n.item.id === chairItemId;
          const selected = n.item.id === selectedId;
          return (
            <li key={n.item.id} className={n.item.parentId ? 'live-agenda__item live-agenda__item--sub' : 'live-agenda__item'}>
              <button
                type="button"
                className={`live-agenda__link${selected ? ' live-agenda__link--selected' : ''}${chairHere ? ' live-agenda__link--chair' : ''}`}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(n.item.id)}
                data-testid="live-agenda-item"
              >
                <span className="agenda-row__num">{n.number}.</span> <span>{n.item.title}</span>
                {chairHere ? <span className="live-agenda__here">{t('live.here')}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
