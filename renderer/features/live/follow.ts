import type { AgendaItemId, DocumentId } from '../../../shared/model/ids';
import type { CurrentAgenda } from '../../../shared/meeting-live/live-state';

/*
 * "Follow the chair": while following, every new push of the chair (agenda:set-current, told apart by
 * `changedAt`) moves this delegate's screen to the chair's item, document and page. Any browsing of one's own
 * turns following off; one action turns it back on and jumps to where the chair is now.
 */

export type Place = { agendaItemId: AgendaItemId | null; documentId: DocumentId | null; page: number | null };

export type FollowState = {
  following: boolean;
  /** What this screen shows. */
  place: Place;
  /** `changedAt` of the last chair push applied, so the same push is not applied twice. */
  applied: number | null;
  /** Bumped whenever the place is set from a push: re-opens the viewer at the pushed page even if unchanged. */
  jump: number;
};

export const NOWHERE: Place = { agendaItemId: null, documentId: null, page: null };

const placeOf = (c: CurrentAgenda): Place => ({ agendaItemId: c.agendaItemId, documentId: c.documentId, page: c.page });

export function initialFollow(current: CurrentAgenda | null): FollowState {
  return current
    ? { following: true, place: placeOf(current), applied: current.changedAt, jump: 1 }
    : { following: true, place: NOWHERE, applied: null, jump: 0 };
}

/** A live view arrived: apply the chair's position if following and it is a new push. */
export function onChairPush(state: FollowState, current: CurrentAgenda | null): FollowState {
  if (!current || !state.following || current.changedAt === state.applied) return state;
  return { following: true, place: placeOf(current), applied: current.changedAt, jump: state.jump + 1 };
}

/** The delegate chose an item or document, or closed the document: following stops. */
export function browse(state: FollowState, place: Place): FollowState {
  return { ...state, following: false, place };
}

/** "Theo dõi chủ tọa": back to the chair's current position at once. */
export function follow(state: FollowState, current: CurrentAgenda | null): FollowState {
  if (!current) return { ...state, following: true };
  return { following: true, place: placeOf(current), applied: current.changedAt, jump: state.jump + 1 };
}

/** The chair is somewhere else than this screen (shown as "Chủ tọa đang ở …"). */
export function isAway(state: FollowState, current: CurrentAgenda | null): boolean {
  if (!current || current.agendaItemId === null) return false;
  return (
    state.place.agendaItemId !== current.agendaItemId || (current.documentId !== null && state.place.documentId !== current.documentId)
  );
}

/**
 * The delegate scrolled the shown document to `page`. Moving away from the chair's page is browsing of one's
 * own: following stops (a later chair push does not yank the page away) and "return to the chair's page" shows.
 */
export function scrolledTo(state: FollowState, page: number): FollowState {
  if (state.place.documentId === null || state.place.page === page || (state.place.page === null && page === 1)) return state;
  return { ...state, following: false, place: { ...state.place, page } };
}

/** This screen shows the chair's document at another page than the chair's: "return to the chair's page" shows. */
export function awayFromChairPage(state: FollowState, current: CurrentAgenda | null): boolean {
  if (!current || current.documentId === null || state.place.documentId !== current.documentId) return false;
  return (state.place.page ?? 1) !== (current.page ?? 1);
}
