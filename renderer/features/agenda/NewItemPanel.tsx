import { useState } from 'react';
import type { AgendaItemId, MeetingId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { AgendaItemForm } from './AgendaItemForm';
import { siblingsOf } from './agenda-tree';
import './agenda.css';

type Props = {
  meetingId: MeetingId;
  parent: AgendaItem | null;
  onCreated(id: AgendaItemId): void;
  onCancel(): void;
  refresh(): Promise<void>;
};

/**
 * "Thêm mục": the secretary adds several agenda items in a row. After each one the form stays open, empty,
 * with the focus back in the title; "Xong" ends and selects the last item added.
 */
export function NewItemPanel({ meetingId, parent, onCreated, onCancel, refresh }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [added, setAdded] = useState<{ id: AgendaItemId; title: string }[]>([]);
  const last = added.at(-1);
  return (
    <article className="item-panel" aria-labelledby="new-item-title">
      <header className="item-panel__head">
        <h2 id="new-item-title" className="item-panel__title">
          {parent ? t('agenda.newSubItemHeading', { title: parent.title }) : t('agenda.newItemHeading')}
        </h2>
      </header>
      {last ? (
        <p className="alert alert--success" role="status" data-testid="agenda-added">
          {t('agenda.addedInRow', { title: last.title, n: added.length })}
        </p>
      ) : null}
      <section className="card">
        <AgendaItemForm
          // A new form after each item: empty fields, the focus back in the title (autoFocus).
          key={`${parent?.id ?? 'top'}:${added.length}`}
          submitLabel={parent ? t('agenda.addSubItem') : t('agenda.addItem')}
          {...(last ? {} : { onCancel })}
          extraActions={
            last ? (
              <button type="button" className="btn" onClick={() => onCreated(last.id)} data-testid="agenda-add-done">
                {t('common.done')}
              </button>
            ) : null
          }
          onSubmit={async (item) => {
            const parentId = parent?.id ?? null;
            const r = await api.invoke('agenda:add', { meetingId, parentId, item });
            if (!r.ok) return r.error;
            // The service appends a new item after its siblings.
            const created = siblingsOf(r.value, parentId).at(-1);
            await refresh();
            if (created) setAdded((a) => [...a, { id: created.id, title: created.title }]);
            return null;
          }}
        />
      </section>
    </article>
  );
}
