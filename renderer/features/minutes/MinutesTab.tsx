import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import './minutes.css';
import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { DissentForm } from './DissentForm';
import { MinutesEditor } from './MinutesEditor';
import { RecordDownloads } from './RecordDownloads';
import { useMinutesDraft } from './useMinutesDraft';

/** The secretariat's Minutes tab: dissent during the meeting; after the close, the editor and the downloads. */
export function MinutesTab({ view, meetingId }: { view: MeetingLiveView; meetingId: MeetingId }) {
  const { t, errorText } = useI18n();
  const closed = view.phase === 'closed';
  const { draft, error, reload } = useMinutesDraft(meetingId, closed);
  if (!closed) return <DissentForm key={view.current.agendaItemId ?? ''} view={view} />;
  return (
    <div className="minutes-tab">
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {!draft && !error ? <p className="small muted">{t('record.ui.loading')}</p> : null}
      {draft ? <MinutesEditor draft={draft} reload={reload} /> : null}
      {draft ? <RecordDownloads meetingId={meetingId} /> : null}
    </div>
  );
}
