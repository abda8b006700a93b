import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { MeetingDetail } from '../../../shared/model/types';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { useI18n } from '../../app/i18n';
import { AttendancePanel } from '../attendance/AttendancePanel';
import { QuorumMeter } from '../attendance/QuorumMeter';
import { itemLabel } from '../chair/agenda-nav';
import { HostingPanel } from '../connection/HostingPanel';
import { CurrentSpeaker } from '../speakers/CurrentSpeaker';
import { ResultsList } from '../voting/ResultCard';
import { VoteProgress } from '../voting/VoteProgress';
import { phaseKey } from './labels';

type Tab = 'attendance' | 'results';

/** The secretariat during the meeting: records attendance, hosts the relay, watches the meeting. */
export function SecretariatLive({ view, detail, offsetMs }: { view: MeetingLiveView; detail: MeetingDetail; offsetMs: number }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('attendance');
  const tabs = [
    { key: 'attendance', label: t('chair.tab.attendance') },
    { key: 'results', label: `${t('chair.tab.results')}${view.results.length ? ` (${view.results.length})` : ''}` },
  ] as const;
  const current = itemLabel(detail.agenda, view.current.agendaItemId);
  return (
    <div className="live-chair" data-testid="secretariat-live">
      <div className="live-chair__main">
        <Tabs<Tab> tabs={tabs} current={tab} label={t('chair.tabs')} onSelect={setTab} />
        <div className="live-chair__panel" {...tabPanelProps(tab)}>
          {tab === 'attendance' ? <AttendancePanel attendance={view.attendance} canMark /> : <ResultsList results={view.results} chart />}
        </div>
      </div>
      <aside className="live-side">
        <section className="live-card">
          <HostingPanel meetingId={detail.meeting.id} published={detail.meeting.status === 'published'} />
        </section>
        <section className="live-card" aria-label={t('live.currentItem')}>
          <p className="live-card__eyebrow">{t(phaseKey(view.phase))}</p>
          <h2 className="live-card__title">{t('live.currentItem')}</h2>
          <p>{current ? `${current.number}. ${current.title}` : t('live.noCurrentItem')}</p>
        </section>
        <section className="live-card" aria-label={t('quorum.title')}>
          <h2 className="live-card__title">{t('quorum.title')}</h2>
          <QuorumMeter quorum={view.attendance.quorum} counts={view.attendance.counts} />
        </section>
        <section className="live-card" aria-label={t('spk.current')}>
          <h2 className="live-card__title">{t('spk.current')}</h2>
          <CurrentSpeaker current={view.speakers.current} offsetMs={offsetMs} />
        </section>
        {view.vote ? (
          <section className="live-card" aria-label={t('vote.open')}>
            <h2 className="live-card__title">{t('vote.open')}</h2>
            <p className="small">{view.vote.question}</p>
            <VoteProgress vote={view.vote} />
          </section>
        ) : null}
      </aside>
    </div>
  );
}
