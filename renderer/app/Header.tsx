import { useLayoutEffect, useRef } from 'react';
import type { MeetingRole, User } from '../../shared/model/types';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ConnectionBadge } from '../features/connection/ConnectionBadge';
import { useI18n } from './i18n';
import { roleKey } from './labels';
import { TextSizeSwitch } from './TextSizeSwitch';

type Props = { user: User; meetingRole: MeetingRole | null; onHome(): void; onLogout(): void };

export function Header({ user, meetingRole, onHome, onLogout }: Props) {
  const { t } = useI18n();
  const bar = useTopbarHeight();
  const role = meetingRole
    ? t(roleKey(meetingRole))
    : t(user.systemRole === 'secretariat' ? 'role.system.secretariat' : 'role.system.member');
  return (
    <header className="topbar" ref={bar}>
      <a
        className="topbar__brand"
        href="#/"
        onClick={(e) => {
          e.preventDefault();
          onHome();
        }}
      >
        <span className="brand-mark brand-mark--small" aria-hidden="true">
          PH
        </span>
        <span className="topbar__title">{t('app.title')}</span>
      </a>
      <div className="topbar__right">
        <ConnectionBadge />
        <TextSizeSwitch />
        <LanguageSwitch />
        <div className="topbar__user" title={t('app.signedInAs', { name: user.fullName })}>
          <span className="topbar__name">{user.fullName}</span>
          <span className="topbar__role" data-testid="header-role">
            {role}
          </span>
        </div>
        <button type="button" className="btn btn--ghost" onClick={onLogout}>
          {t('auth.logout')}
        </button>
      </div>
    </header>
  );
}

/** Publishes the bar's rendered height as --topbar-h (sticky columns and the viewer sit below it). */
function useTopbarHeight() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement.style;
    const publish = () => root.setProperty('--topbar-h', `${el.getBoundingClientRect().height}px`);
    publish();
    const ro = new ResizeObserver(publish);
    ro.observe(el);
    return () => {
      ro.disconnect();
      root.removeProperty('--topbar-h');
    };
  }, []);
  return ref;
}
