import type { MeetingId } from '../../../shared/model/ids';
import { useI18n } from '../../app/i18n';
import { HostingPanel } from '../connection/HostingPanel';
import { phaseKey } from './labels';
import { formatLiveRoute } from './live-route';
import { useLiveState } from './useLiveState';
import { useMeetingDetail } from '../meetings/useMeetingDetail';
import './live.css';

/**
 * Above a meeting's page: the way into the live meeting when the relay runs it, and for the secretariat
 * "host the meeting on this computer". Renders nothing for a meeting that is not live on this laptop.
 */
export function LiveEntryBar({ meetingId }: { meetingId: MeetingId }) {
  const { t } = useI18n();
  const live = useLiveState();
  const { detail } = useMeetingDetail(meetingId);
  const view = live.view?.meetingId === meetingId ? live.view : null;
  const secretariat = detail?.canEdit ?? false;
  const published = detail?.meeting.status === 'published';
  if (!view && !(secretariat && published)) return null;
  return (
    <div className="live-bar" data-testid="live-bar">
      <div className="live-bar__text">
        <strong>{t('live.bar.title')}</strong>
        {view ? <span className={`phase phase--${view.phase}`}>{t(phaseKey(view.phase))}</span> : null}
      </div>
      <div className="live-bar__actions">
        {secretariat ? <HostingPanel meetingId={meetingId} published={published} /> : null}
        {view ? (
          <a className="btn btn--primary" href={formatLiveRoute({ kind: 'live', meetingId })} data-testid="enter-live">
            {t('live.enter')}
          </a>
        ) : null}
      </div>
    </div>
  );
}
