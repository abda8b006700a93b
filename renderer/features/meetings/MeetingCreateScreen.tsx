import type { MeetingId } from '../../../shared/model/ids';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { MeetingForm } from './MeetingForm';

export function MeetingCreateScreen({ onCreated, onCancel }: { onCreated(id: MeetingId): void; onCancel(): void }) {
  const api = useApi();
  const { t } = useI18n();
  return (
    <main className="page page--narrow">
      <h1 className="page__title">{t('meetingForm.createHeading')}</h1>
      <MeetingForm
        submitLabel={t('meetingForm.create')}
        onCancel={onCancel}
        onSubmit={async (input) => {
          const r = await api.invoke('meetings:create', input);
          if (!r.ok) return r.error;
          onCreated(r.value.id);
          return null;
        }}
      />
    </main>
  );
}
