import type { AgendaItem, DocumentMeta } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { DocumentList } from '../documents/DocumentList';
import { itemAnchor } from './AgendaOutline';
import { buildTree, type AgendaNode } from './agenda-tree';
import './agenda.css';

type Props = { items: readonly AgendaItem[]; documents: readonly DocumentMeta[]; onOpen(doc: DocumentMeta): void };

/** Every agenda item with the documents this delegate may see (the service already filtered them). */
export function DelegateAgenda({ items, documents, onOpen }: Props) {
  const { t } = useI18n();
  const tree = buildTree(items);
  if (tree.length === 0) return <p className="empty">{t('agenda.empty')}</p>;
  return (
    <section aria-labelledby="delegate-agenda-heading">
      <h2 id="delegate-agenda-heading" className="page__subtitle">
        {t('agenda.heading')}
      </h2>
      <ol className="delegate-agenda">
        {tree.map((n) => (
          <li key={n.item.id} className="delegate-agenda__item">
            <ItemBlock node={n} documents={documents} onOpen={onOpen} level={3} />
            {n.children.length > 0 ? (
              <ol className="delegate-agenda delegate-agenda--sub">
                {n.children.map((c) => (
                  <li key={c.item.id} className="delegate-agenda__item delegate-agenda__item--sub">
                    <ItemBlock node={c} documents={documents} onOpen={onOpen} level={4} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ItemBlock({
  node,
  documents,
  onOpen,
  level,
}: {
  node: AgendaNode;
  documents: readonly DocumentMeta[];
  onOpen(d: DocumentMeta): void;
  level: 3 | 4;
}) {
  const { t } = useI18n();
  const { item, number } = node;
  const Heading = level === 3 ? 'h3' : 'h4';
  const docs = documents.filter((d) => d.agendaItemId === item.id);
  return (
    <div className="agenda-block" id={itemAnchor(item.id)} data-testid="delegate-agenda-item">
      <Heading className="agenda-block__title">
        <span className="agenda-row__num">{number}.</span> {item.title}
      </Heading>
      <p className="agenda-block__meta">
        {[
          item.presenter ? t('agenda.presenterShort', { name: item.presenter }) : '',
          item.durationMin > 0 ? t('common.minutes', { n: item.durationMin }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {docs.length > 0 || node.children.length === 0 ? (
        <DocumentList docs={docs} mode="read" emptyText={t('agenda.noVisibleDocuments')} onOpen={onOpen} />
      ) : null}
    </div>
  );
}
