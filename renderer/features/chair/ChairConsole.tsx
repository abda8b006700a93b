import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { MeetingDetail } from '../../../shared/model/types';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { useI18n } from '../../app/i18n';
import { AttendancePanel } from '../attendance/AttendancePanel';
import { CheckInCard } from '../attendance/CheckInCard';
import { QuorumMeter } from '../attendance/QuorumMeter';
import { CurrentSpeaker } from '../speakers/CurrentSpeaker';
import { SpeakerConsole } from '../speakers/SpeakerConsole';
import { BallotCard } from '../voting/BallotCard';
import { ResultCard, ResultsList } from '../voting/ResultCard';
import { RevoteButton } from '../voting/RevoteButton';
import { VoteCreateForm } from '../voting/VoteCreateForm';
import { VoteMonitor } from '../voting/VoteMonitor';
import { AgendaControl } from './AgendaControl';
import { ConclusionForm } from '../minutes/ConclusionForm';
import { MeetingControls } from './MeetingControls';
import { Card } from '../../components/Card';
import { ChairElections } from '../elections/ElectionPanels';
import { electionsTabLabel } from '../elections/election-view';

type ChairTab = 'run' | 'attendance' | 'speakers' | 'votes' | 'elections' | 'results';

/** The chair's console: run the agenda, attendance and quorum, the speaker queue, votes and results. */
export function ChairConsole({ view, detail, offsetMs }: { view: MeetingLiveView; detail: MeetingDetail; offsetMs: number }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<ChairTab>('run');
  const latest = view.results[view.results.length - 1];
  const tabs = [
    { key: 'run', label: t('chair.tab.run') },
    { key: 'attendance', label: t('chair.tab.attendance') },
    { key: 'speakers', label: `${t('chair.tab.speakers')}${view.speakers.queue.length ? ` (${view.speakers.queue.length})` : ''}` },
    { key: 'votes', label: `${t('chair.tab.votes')}${view.vote ? ' ●' : ''}` },
    { key: 'elections', label: electionsTabLabel(view, t('eui.tab')) },
    { key: 'results', label: `${t('chair.tab.results')}${view.results.length ? ` (${view.results.length})` : ''}` },
  ] as const;
  return (
    <div className="live-chair" data-testid="chair-console">
      <div className="live-chair__main">
        <Tabs<ChairTab> tabs={tabs} current={tab} label={t('chair.tabs')} onSelect={setTab} />
        <div className="live-chair__panel" {...tabPanelProps(tab)}>
          {tab === 'run' ? (
            <>
              <AgendaControl view={view} detail={detail} />
              <ConclusionForm key={view.current.agendaItemId ?? ''} view={view} />
            </>
          ) : null}
          {tab === 'attendance' ? <AttendancePanel attendance={view.attendance} canMark={false} /> : null}
          {tab === 'speakers' ? <SpeakerConsole view={view} offsetMs={offsetMs} /> : null}
          {tab === 'votes' ? (
            view.vote ? (
              <VoteMonitor vote={view.vote} canClose />
            ) : (
              <>
                {latest ? <ResultCard result={latest} chart /> : null}
                {latest ? <RevoteButton result={latest} /> : null}
                <VoteCreateForm
                  key={view.results.length}
                  rules={view.rules}
                  agenda={detail.agenda}
                  currentItemId={view.current.agendaItemId}
                />
              </>
            )
          ) : null}
          {tab === 'elections' ? <ChairElections view={view} /> : null}
          {tab === 'results' ? <ResultsList results={view.results} chart /> : null}
        </div>
      </div>
      <aside className="live-side" aria-label={t('chair.title')}>
        <MeetingControls view={view} />
        <Card title={t('quorum.title')} label={t('quorum.title')}>
          <QuorumMeter quorum={view.attendance.quorum} counts={view.attendance.counts} />
        </Card>
        <Card title={t('spk.current')} label={t('spk.current')}>
          <CurrentSpeaker current={view.speakers.current} offsetMs={offsetMs} />
        </Card>
        <CheckInCard view={view} />
        <BallotCard view={view} />
      </aside>
    </div>
  );
}
