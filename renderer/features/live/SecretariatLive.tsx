import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { MeetingDetail } from '../../../shared/model/types';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { useI18n } from '../../app/i18n';
import { AttendancePanel } from '../attendance/AttendancePanel';
import { QuorumMeter } from '../attendance/QuorumMeter';
import { RecallButton } from '../attendance/RecallButton';
import { RecallPanel } from '../attendance/RecallPanel';
import { itemLabel } from '../chair/agenda-nav';
import { HostingPanel } from '../connection/HostingPanel';
import { CurrentSpeaker } from '../speakers/CurrentSpeaker';
import { ResultsList } from '../voting/ResultCard';
import { VoteProgress } from '../voting/VoteProgress';
import { MinutesTab } from '../minutes/MinutesTab';
import { phaseKey } from './labels';
import { Card } from '../../components/Card';
import { SecretariatElections } from '../elections/ElectionPanels';
import { electionsTabLabel } from '../elections/election-view';

type Tab = 'attendance' | 'elections' | 'results' | 'minutes';

/** The secretariat during the meeting: records attendance, hosts the relay, watches the meeting. */
export function SecretariatLive({ view, detail, offsetMs }: { view: MeetingLiveView; detail: MeetingDetail; offsetMs: number }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('attendance');
  const tabs = [
    { key: 'attendance', label: t('chair.tab.attendance') },
    { key: 'elections', label: electionsTabLabel(view, t('eui.tab')) },
    { key: 'results', label: `${t('chair.tab.results')}${view.results.length ? ` (${view.results.length})` : ''}` },
    { key: 'minutes', label: t('record.ui.tab') },
  ] as const;
  const current = itemLabel(detail.agenda, view.current.agendaItemId);
  return (
    <div className="live-chair" data-testid="secretariat-live">
      <div className="live-chair__main">
        <Tabs<Tab> tabs={tabs} current={tab} label={t('chair.tabs')} onSelect={setTab} />
        <div className="live-chair__panel" {...tabPanelProps(tab)}>
          {tab === 'attendance' ? (
            <>
              {view.recall?.active || view.phase === 'closed' ? null : <RecallButton />}
              <RecallPanel recall={view.recall} />
              <AttendancePanel attendance={view.attendance} canMark />
            </>
          ) : null}
          {tab === 'elections' ? <SecretariatElections view={view} agenda={detail.agenda} /> : null}
          {tab === 'results' ? <ResultsList results={view.results} chart /> : null}
          {tab === 'minutes' ? <MinutesTab view={view} meetingId={detail.meeting.id} /> : null}
        </div>
      </div>
      <aside className="live-side">
        <Card>
          <HostingPanel meetingId={detail.meeting.id} published={detail.meeting.status === 'published'} />
        </Card>
        <Card eyebrow={t(phaseKey(view.phase))} title={t('live.currentItem')} label={t('live.currentItem')}>
          <p>{current ? `${current.number}. ${current.title}` : t('live.noCurrentItem')}</p>
        </Card>
        <Card title={t('quorum.title')} label={t('quorum.title')}>
          <QuorumMeter quorum={view.attendance.quorum} counts={view.attendance.counts} />
        </Card>
        <Card title={t('spk.current')} label={t('spk.current')}>
          <CurrentSpeaker current={view.speakers.current} offsetMs={offsetMs} />
        </Card>
        {view.vote ? (
          <Card title={t('vote.open')} label={t('vote.open')}>
            <p className="small">{view.vote.question}</p>
            <VoteProgress vote={view.vote} />
          </Card>
        ) : null}
      </aside>
    </div>
  );
}
