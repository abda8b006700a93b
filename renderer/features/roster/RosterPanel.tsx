import { useState } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import type { Participant } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { rosterGroups } from '../documents/doc-form';
import { CsvImport } from './CsvImport';
import { PersonForm } from './PersonForm';
import { RosterTable } from './RosterTable';
import './roster.css';

type Props = {
  meetingId: MeetingId;
  people: Participant[] | null;
  onReplace(list: Participant[]): void;
  onRefresh(): void;
};

type Editing = { kind: 'new' } | { kind: 'edit'; person: Participant } | null;

export function RosterPanel({ meetingId, people, onReplace, onRefresh }: Props) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useAction();
  const list = people ?? [];

  const confirmRemove = async () => {
    if (!removing) return;
    const r = await remove.run(() => api.invoke('roster:remove', { meetingId, userId: removing.userId }));
    setRemoving(null);
    if (r) onReplace(r.value);
  };

  return (
    <section className="roster" aria-labelledby="roster-heading">
      <div className="page__head">
        <div>
          <h2 id="roster-heading" className="page__subtitle">
            {t('roster.heading')}
          </h2>
          <p className="muted small">{t('roster.count', { n: list.length })}</p>
        </div>
        {editing === null ? (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              setNotice(null);
              setEditing({ kind: 'new' });
            }}
          >
            + {t('roster.add')}
          </button>
        ) : null}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {remove.error ? <Alert tone="error">{errorText(remove.error)}</Alert> : null}
      {editing ? (
        <PersonForm
          key={editing.kind === 'edit' ? editing.person.userId : 'new'}
          person={editing.kind === 'edit' ? editing.person : undefined}
          groups={rosterGroups(list)}
          onCancel={() => setEditing(null)}
          onSubmit={async (participant) => {
            const r = await api.invoke('roster:upsert', { meetingId, participant });
            if (!r.ok) return r.error;
            onReplace(r.value);
            setEditing(null);
            setNotice(t('roster.saved', { name: participant.fullName }));
            return null;
          }}
        />
      ) : null}
      {people === null ? <p role="status">{t('common.loading')}</p> : null}
      {people && people.length === 0 ? <p className="empty">{t('roster.empty')}</p> : null}
      {list.length > 0 ? (
        <RosterTable
          people={list}
          canEdit
          onEdit={(person) => {
            setNotice(null);
            setEditing({ kind: 'edit', person });
          }}
          onRemove={setRemoving}
        />
      ) : null}
      <CsvImport meetingId={meetingId} onImported={onRefresh} />
      {removing ? (
        <ConfirmDialog
          title={t('roster.removeConfirm', { name: removing.fullName })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          busy={remove.busy}
          danger
          onConfirm={confirmRemove}
          onCancel={() => setRemoving(null)}
        >
          <p>
            {removing.fullName} · {removing.username}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
