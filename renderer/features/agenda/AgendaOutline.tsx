import type { AgendaItem } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { buildTree, totalMinutes } from './agenda-tree';
import './agenda.css';

export const itemAnchor = (id: string) => `agenda-item-${id}`;

/** A compact table of contents that scrolls the main column to an item. */
export function AgendaOutline({ items }: { items: readonly AgendaItem[] }) {
  const { t } = useI18n();
  const tree = buildTree(items);
  const go = (id: string) => document.getElementById(itemAnchor(id))?.scrollIntoView({ block: 'start' });
  return (
    <nav className="agenda-outline" aria-label={t('agenda.navLabel')}>
      <div className="column-head">
        <h2 className="column-head__title">{t('agenda.heading')}</h2>
      </div>
      <ol className="agenda-outline__list">
        {tree.map((n) => (
          <li key={n.item.id}>
            <button type="button" className="agenda-outline__link" onClick={() => go(n.item.id)}>
              <span className="agenda-row__num">{n.number}.</span> {n.item.title}
            </button>
            {n.children.length > 0 ? (
              <ol className="agenda-outline__list agenda-outline__list--sub">
                {n.children.map((c) => (
                  <li key={c.item.id}>
                    <button type="button" className="agenda-outline__link" onClick={() => go(c.item.id)}>
                      <span className="agenda-row__num">{c.number}.</span> {c.item.title}
                    </button>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
      {items.length > 0 ? <p className="hint">{t('agenda.totalDuration', { n: totalMinutes(items) })}</p> : null}
    </nav>
  );
}
