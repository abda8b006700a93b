import { useEffect } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingRole } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { roleKey } from '../../app/labels';
import { ChairConsole } from '../chair/ChairConsole';
import { HostingPanel } from '../connection/HostingPanel';
import { useRelayStatus } from '../connection/useRelayStatus';
import { DelegateLive } from './DelegateLive';
import { phaseKey } from './labels';
import { formatLiveRoute, meetingPageHash } from './live-route';
import { SecretariatLive } from './SecretariatLive';
import { useLiveState } from './useLiveState';
import { useMeetingDetail } from '../meetings/useMeetingDetail';
import { ProjectorCodeButton } from '../projector/ProjectorCodeButton';
import './live.css';
import { LiveAnnouncer } from './LiveAnnouncer';

/** `#/live/<meetingId>`: the running meeting for whoever is signed in — chair console, delegate panel, secretariat. */
export function LiveScreen({ meetingId, onRole }: { meetingId: MeetingId; onRole?(role: MeetingRole | null): void }) {
  const { t, errorText } = useI18n();
  const api = useApi();
  const { detail, error } = useMeetingDetail(meetingId);
  const live = useLiveState();
  const { status, replace } = useRelayStatus();
  const view = live.view && live.view.meetingId === meetingId ? live.view : null;
  const role = view?.me.role ?? detail?.myRole ?? null;
  const canProject = role === 'chair' || role === 'secretariat';
  useEffect(() => {
    onRole?.(role);
    return () => onRole?.(null);
  }, [role, onRole]);

  const head = (
    <header className="live-head">
      <div className="live-head__text">
        <a className="live-head__back back-link" href={meetingPageHash(meetingId)}>
          {t('live.backToDocuments')}
        </a>
        <h1 className="live-head__title">{detail?.meeting.title ?? t('live.bar.title')}</h1>
      </div>
      <div className="live-head__right">
        {view ? (
          <p className="live-head__phase">
            <span className="visually-hidden">{t('live.phaseLabel', { phase: t(phaseKey(view.phase)) })}</span>
            <span className={`phase phase--${view.phase}`} aria-hidden="true" data-testid="live-phase">
              {t(phaseKey(view.phase))}
            </span>
          </p>
        ) : null}
        {role ? <span className="live-head__role">{t(roleKey(role))}</span> : null}
        {canProject ? (
          <button
            type="button"
            className="btn"
            onClick={() =>
              window.open(formatLiveRoute({ kind: 'projector', meetingId }), `phg-projector-${meetingId}`, 'popup,width=1280,height=720')
            }
            data-testid="open-projector"
          >
            {t('live.openProjector')}
          </button>
        ) : null}
        {canProject ? <ProjectorCodeButton /> : null}
      </div>
    </header>
  );

  if (error && !detail) {
    return (
      <div className="live">
        {head}
        <Alert tone="error">{errorText(error)}</Alert>
      </div>
    );
  }
  if (!detail || !live.loaded) {
    return (
      <div className="live">
        {head}
        <p role="status" className="live__status">
          {t('common.loading')}
        </p>
      </div>
    );
  }
  if (status?.linkOwner === 'other') {
    // Someone else signed in on this laptop (relay:replaced): this person's live panel stopped, and says so.
    return (
      <div className="live">
        {head}
        <div className="live__waiting">
          <Alert tone="warning" title={t('conn.replacedTitle')}>
            <span data-testid="relay-replaced">{t('sync.replaced')}</span>
          </Alert>
        </div>
      </div>
    );
  }
  if (!view) {
    return (
      <div className="live">
        {head}
        <div className="live__waiting">
          <Alert tone="info" title={live.view ? t('live.otherMeeting') : t('live.notConnected')}>
            {status?.message ? errorText(status.message) : status?.state === 'not_configured' && !status.hosting ? t('conn.noRelay') : null}
          </Alert>
          {status && status.state !== 'not_configured' && status.state !== 'online' ? (
            <button type="button" className="btn" onClick={() => void api.invoke('relay:reconnect').then((r) => r.ok && replace(r.value))}>
              {t('conn.reconnect')}
            </button>
          ) : null}
          {detail.canEdit ? <HostingPanel meetingId={meetingId} published={detail.meeting.status === 'published'} /> : null}
        </div>
      </div>
    );
  }
  return (
    <div className="live">
      {head}
      <LiveAnnouncer view={view} />
      {role === 'chair' ? (
        <ChairConsole view={view} detail={detail} offsetMs={live.offsetMs} />
      ) : role === 'secretariat' ? (
        <SecretariatLive view={view} detail={detail} offsetMs={live.offsetMs} />
      ) : (
        <>
          {role === 'guest' ? <p className="live__note">{t('live.readOnly', { role: t(roleKey('guest')) })}</p> : null}
          <DelegateLive view={view} detail={detail} offsetMs={live.offsetMs} />
        </>
      )}
    </div>
  );
}
