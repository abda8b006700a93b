import { useState, type FormEvent } from 'react';
import type { SpeakerKind } from '../../../shared/meeting-live/commands';
import { LIMITS, SPEAKER_KINDS } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { speakerKindLabel } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { CurrentSpeaker } from './CurrentSpeaker';
import { myFloor } from './speakers-view';
import { Card } from '../../components/Card';
import './speakers.css';

/** A member asks for the floor (phát biểu / tranh luận / chất vấn, optional topic), sees the queue place, withdraws. */
export function FloorRequestCard({ view, offsetMs }: { view: MeetingLiveView; offsetMs: number }) {
  const { t, locale, errorText } = useI18n();
  const cmd = useCommand();
  const [kind, setKind] = useState<SpeakerKind>('phat_bieu');
  const [topic, setTopic] = useState('');
  const floor = myFloor(view);
  const canRequest = view.me.isMember && view.phase === 'open';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = topic.trim();
    const ack = await cmd.send(trimmed ? { type: 'speaker:request', kind, topic: trimmed } : { type: 'speaker:request', kind });
    if (ack) setTopic('');
  };

  return (
    <Card title={t('spk.title')} headingId="floor-heading" testId="floor">
      <CurrentSpeaker current={view.speakers.current} offsetMs={offsetMs} />
      {view.speakers.queue.length > 0 ? <p className="small muted">{t('spk.inQueue', { n: view.speakers.queue.length })}</p> : null}
      {!view.me.isMember ? null : floor.kind === 'speaking' ? (
        <p className="floor__you" role="status" data-testid="floor-speaking">
          {t('spk.youSpeak')}
        </p>
      ) : floor.kind === 'queued' ? (
        <div className="floor__queued" role="status" data-testid="floor-queued">
          <strong>{t('spk.queuedAt', { position: floor.position })}</strong>
          <span className="small">{floor.ahead === 0 ? t('spk.next') : t('spk.ahead', { n: floor.ahead })}</span>
          <button type="button" className="btn btn--small" disabled={cmd.busy} onClick={() => void cmd.send({ type: 'speaker:withdraw' })}>
            {t('spk.withdraw')}
          </button>
        </div>
      ) : view.phase === 'closed' ? (
        <p className="small muted" data-testid="floor-closed">
          {t('spk.closed')}
        </p>
      ) : !canRequest ? (
        <p className="small muted">{t('spk.waitOpen')}</p>
      ) : view.me.attendance !== 'present' ? (
        <p className="small muted">{t('spk.needCheckIn')}</p>
      ) : (
        <form className="floor__form" onSubmit={submit} noValidate>
          <div className="segmented" role="radiogroup" aria-label={t('spk.kind')}>
            {SPEAKER_KINDS.map((k) => (
              <label key={k} className={k === kind ? 'segmented__opt segmented__opt--on' : 'segmented__opt'}>
                <input type="radio" name="speaker-kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
                {speakerKindLabel(k, locale)}
              </label>
            ))}
          </div>
          <input
            className="floor__topic"
            aria-label={t('spk.topic')}
            placeholder={t('spk.topicPlaceholder')}
            maxLength={LIMITS.TOPIC_MAX_CHARS}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
          />
          <button type="submit" className="btn btn--primary btn--block" disabled={cmd.busy}>
            {t('spk.request')}
          </button>
        </form>
      )}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </Card>
  );
}
