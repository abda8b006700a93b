import type { MeetingId } from '../../shared/model/ids';

export type MeetingTab = 'agenda' | 'roster' | 'details';
export const MEETING_TABS: readonly MeetingTab[] = ['agenda', 'roster', 'details'];

export type Route =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'bodies' }
  | { kind: 'accounts' }
  | { kind: 'meeting'; meetingId: MeetingId; tab: MeetingTab };

/** Hash routes so a reload keeps the screen: `#/`, `#/new`, `#/bodies`, `#/accounts`, `#/meetings/<id>/<tab>`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new' && parts.length === 1) return { kind: 'new' };
  if (parts[0] === 'bodies' && parts.length === 1) return { kind: 'bodies' };
  if (parts[0] === 'accounts' && parts.length === 1) return { kind: 'accounts' };
  if (parts[0] === 'meetings' && parts[1]) {
    const tab = (MEETING_TABS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as MeetingTab) : 'agenda';
    return { kind: 'meeting', meetingId: parts[1] as MeetingId, tab };
  }
  return { kind: 'list' };
}

export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'bodies':
      return '#/bodies';
    case 'accounts':
      return '#/accounts';
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}${route.tab === 'agenda' ? '' : `/${route.tab}`}`;
    default: {
      const never: never = route;
      return never;
    }
  }
}
