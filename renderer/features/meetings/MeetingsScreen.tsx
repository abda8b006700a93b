import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { ArchiveImport } from '../minutes/ArchiveImport';
import { MeetingsTable } from './MeetingsTable';
import { useMeetings } from './useMeetings';

type Props = {
  canCreate: boolean;
  onOpen(id: MeetingId): void;
  onCreate(): void;
  /** Secretariat: the accounts screen. */ onAccounts?: (() => void) | undefined;
};

export function MeetingsScreen({ canCreate, onOpen, onCreate, onAccounts }: Props) {
  const { t, errorText } = useI18n();
  const { meetings, error } = useMeetings();
  return (
    <main className="page">
      <div className="page__head">
        <h1 className="page__title">{t('meetings.heading')}</h1>
        {onAccounts ? (
          <button type="button" className="btn" onClick={onAccounts} data-testid="open-accounts">
            {t('accounts.nav')}
          </button>
        ) : null}
        {canCreate ? (
          <button type="button" className="btn btn--primary" onClick={onCreate}>
            + {t('meetings.create')}
          </button>
        ) : null}
      </div>
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {meetings === null && !error ? <p role="status">{t('common.loading')}</p> : null}
      {meetings && meetings.length === 0 ? <p className="empty">{canCreate ? t('meetings.empty') : t('meetings.emptyDelegate')}</p> : null}
      {meetings && meetings.length > 0 ? <MeetingsTable meetings={meetings} onOpen={onOpen} /> : null}
      {canCreate ? <ArchiveImport /> : null}
    </main>
  );
}
