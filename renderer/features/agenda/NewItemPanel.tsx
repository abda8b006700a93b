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

export function NewItemPanel({ meetingId, parent, onCreated, onCancel, refresh }: Props) {
  const api = useApi();
  const { t } = useI18n();
  return (
    <article className="item-panel" aria-labelledby="new-item-title">
      <header className="item-panel__head">
        <h2 id="new-item-title" className="item-panel__title">
          {parent ? t('agenda.newSubItemHeading', { title: parent.title }) : t('agenda.newItemHeading')}
        </h2>
      </header>
      <section className="card">
        <AgendaItemForm
          key={parent?.id ?? 'top'}
          submitLabel={parent ? t('agenda.addSubItem') : t('agenda.addItem')}
          onCancel={onCancel}
          onSubmit={async (item) => {
            const parentId = parent?.id ?? null;
            const r = await api.invoke('agenda:add', { meetingId, parentId, item });
            if (!r.ok) return r.error;
            // The service appends a new item after its siblings.
            const created = siblingsOf(r.value, parentId).at(-1);
            await refresh();
            if (created) onCreated(created.id);
            return null;
          }}
        />
      </section>
    </article>
  );
}
