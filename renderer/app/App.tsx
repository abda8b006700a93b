import { BodiesScreen } from '../features/bodies/BodiesScreen';
import { useState } from 'react';
import type { Api } from '../../shared/ipc/contract';
import type { MeetingRole, Session } from '../../shared/model/types';
import { AccountsScreen } from '../features/accounts/AccountsScreen';
import { SignInScreen } from '../features/auth/SignInScreen';
import { DownloadPanel } from '../features/connection/DownloadPanel';
import { signInThroughRelay } from '../features/connection/relay-login';
import { useCertificatePrompt } from '../features/connection/useCertificatePrompt';
import { LiveEntryBar } from '../features/live/LiveEntryBar';
import { LiveScreen } from '../features/live/LiveScreen';
import { useLiveRoute } from '../features/live/useLiveRoute';
import { MeetingCreateScreen } from '../features/meetings/MeetingCreateScreen';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { ProjectorJoin } from '../features/projector/ProjectorJoin';
import { ProjectorScreen } from '../features/projector/ProjectorScreen';
import { useIsScreenRoute } from '../features/projector/useProjectorState';
import { ApiProvider } from './api-context';
import { Header } from './Header';
import { I18nProvider, useI18n } from './i18n';
import { tokenStore } from './session-store';
import { SessionUserProvider } from './session-user';
import { useHashRoute } from './useHashRoute';
import { useSession } from './useSession';

export function App({ api }: { api: Api }) {
  // A sign-in through the meeting-room relay stores its token outside useSession: remounting the shell resumes it.
  const [epoch, setEpoch] = useState(0);
  return (
    <I18nProvider>
      <Shell key={epoch} rawApi={api} onRestart={() => setEpoch((e) => e + 1)} />
    </I18nProvider>
  );
}

function Shell({ rawApi, onRestart }: { rawApi: Api; onRestart(): void }) {
  const { t } = useI18n();
  const { state, api, login, logout } = useSession(rawApi);
  const certificate = useCertificatePrompt();
  // The big screen's entry works without anyone signed in (projector session).
  const screen = useIsScreenRoute();
  if (screen) return <ProjectorJoin api={rawApi} />;
  switch (state.status) {
    case 'resuming':
      return (
        <div className="center-screen" role="status">
          {t('auth.resuming')}
        </div>
      );
    case 'signedOut':
      return (
        <SignInScreen
          expired={state.expired}
          onLogin={login}
          api={rawApi}
          onRelayLogin={async (relayUrl, username, password) => {
            // The relay's certificate, first time or changed: the user compares the code with the hosting screen's.
            const failure = await signInThroughRelay(rawApi, relayUrl, username, password, tokenStore, certificate.confirm);
            if (!failure) onRestart();
            return failure;
          }}
          dialog={certificate.dialog}
        />
      );
    case 'signedIn':
      return (
        <ApiProvider api={api}>
          <SessionUserProvider user={state.session.user}>
            <SignedIn
              key={state.session.user.id}
              session={state.session}
              onLogout={() => {
                // The next person to sign in on this laptop starts from their own meeting list.
                history.replaceState(null, '', '#/');
                void logout();
              }}
            />
          </SessionUserProvider>
        </ApiProvider>
      );
    default: {
      const never: never = state;
      return never;
    }
  }
}

function SignedIn({ session, onLogout }: { session: Session; onLogout(): void }) {
  const { t } = useI18n();
  const [route, navigate] = useHashRoute();
  const [meetingRole, setMeetingRole] = useState<MeetingRole | null>(null);
  const liveRoute = useLiveRoute();
  const isSecretariat = session.user.systemRole === 'secretariat';
  if (liveRoute?.kind === 'projector') return <ProjectorScreen meetingId={liveRoute.meetingId} />;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header
        user={session.user}
        meetingRole={route.kind === 'meeting' || liveRoute ? meetingRole : null}
        onHome={() => navigate({ kind: 'list' })}
        onLogout={onLogout}
      />
      <div id="main" className="app__main">
        {liveRoute ? (
          <LiveScreen key={liveRoute.meetingId} meetingId={liveRoute.meetingId} onRole={setMeetingRole} />
        ) : route.kind === 'bodies' ? (
          <BodiesScreen onBack={() => navigate({ kind: 'list' })} />
        ) : route.kind === 'list' ? (
          <>
            {isSecretariat ? (
              <nav className="page app__subnav" aria-label={t('bodies.title')}>
                <a href="#/bodies" data-testid="bodies-link">
                  {t('bodies.link')}
                </a>
              </nav>
            ) : null}
            <MeetingsScreen
              canCreate={isSecretariat}
              onAccounts={isSecretariat ? () => navigate({ kind: 'accounts' }) : undefined}
              onOpen={(meetingId) => navigate({ kind: 'meeting', meetingId, tab: 'agenda' })}
              onCreate={() => navigate({ kind: 'new' })}
            />
          </>
        ) : route.kind === 'accounts' ? (
          isSecretariat ? (
            <AccountsScreen />
          ) : null
        ) : route.kind === 'new' ? (
          <MeetingCreateScreen
            onCreated={(meetingId) => navigate({ kind: 'meeting', meetingId, tab: 'agenda' })}
            onCancel={() => navigate({ kind: 'list' })}
          />
        ) : (
          <>
            <LiveEntryBar meetingId={route.meetingId} />
            <MeetingPage
              key={route.meetingId}
              meetingId={route.meetingId}
              tab={route.tab}
              onTab={(tab) => navigate({ ...route, tab })}
              onBack={() => navigate({ kind: 'list' })}
              onRole={setMeetingRole}
            />
          </>
        )}
      </div>
      <DownloadPanel />
    </div>
  );
}
