import { useState } from 'react';
import type { Api } from '../../shared/ipc/contract';
import type { MeetingRole, Session } from '../../shared/model/types';
import { SignInScreen } from '../features/auth/SignInScreen';
import { MeetingCreateScreen } from '../features/meetings/MeetingCreateScreen';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { ApiProvider } from './api-context';
import { Header } from './Header';
import { I18nProvider, useI18n } from './i18n';
import { useHashRoute } from './useHashRoute';
import { useSession } from './useSession';

export function App({ api }: { api: Api }) {
  return (
    <I18nProvider>
      <Shell rawApi={api} />
    </I18nProvider>
  );
}

function Shell({ rawApi }: { rawApi: Api }) {
  const { t } = useI18n();
  const { state, api, login, logout } = useSession(rawApi);
  switch (state.status) {
    case 'resuming':
      return (
        <div className="center-screen" role="status">
          {t('auth.resuming')}
        </div>
      );
    case 'signedOut':
      return <SignInScreen expired={state.expired} onLogin={login} />;
    case 'signedIn':
      return (
        <ApiProvider api={api}>
          <SignedIn
            key={state.session.user.id}
            session={state.session}
            onLogout={() => {
              // The next person to sign in on this laptop starts from their own meeting list.
              history.replaceState(null, '', '#/');
              void logout();
            }}
          />
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
  const isSecretariat = session.user.systemRole === 'secretariat';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header user={session.user} meetingRole={route.kind === 'meeting' ? meetingRole : null} onHome={() => navigate({ kind: 'list' })} onLogout={onLogout} />
      <div id="main" className="app__main">
        {route.kind === 'list' ? (
          <MeetingsScreen
            canCreate={isSecretariat}
            onOpen={(meetingId) => navigate({ kind: 'meeting', meetingId, tab: 'agenda' })}
            onCreate={() => navigate({ kind: 'new' })}
          />
        ) : route.kind === 'new' ? (
          <MeetingCreateScreen
            onCreated={(meetingId) => navigate({ kind: 'meeting', meetingId, tab: 'agenda' })}
            onCancel={() => navigate({ kind: 'list' })}
          />
        ) : (
          <MeetingPage
            key={route.meetingId}
            meetingId={route.meetingId}
            tab={route.tab}
            onTab={(tab) => navigate({ ...route, tab })}
            onBack={() => navigate({ kind: 'list' })}
            onRole={setMeetingRole}
          />
        )}
      </div>
    </div>
  );
}
