import { describe, expect, it } from 'vitest';
import type { CurrentAgenda } from '../../shared/meeting-live/live-state';
import type { AgendaItemId, DocumentId } from '../../shared/model/ids';
import { awayFromChairPage, browse, follow, initialFollow, isAway, onChairPush, scrolledTo } from '../../renderer/features/live/follow';

const item = (s: string) => s as AgendaItemId;
const doc = (s: string) => s as DocumentId;
const push = (
  agendaItemId: string | null,
  changedAt: number,
  documentId: string | null = null,
  page: number | null = null,
): CurrentAgenda => ({
  agendaItemId: agendaItemId ? item(agendaItemId) : null,
  documentId: documentId ? doc(documentId) : null,
  page,
  changedAt,
});

describe('follow the chair', () => {
  it('starts following, at the chair’s place', () => {
    const s = initialFollow(push('a-2', 10, 'd-1', 4));
    expect(s.following).toBe(true);
    expect(s.place).toEqual({ agendaItemId: 'a-2', documentId: 'd-1', page: 4 });
  });

  it('moves with every new push while following, and re-jumps for a repeated push of the same page', () => {
    let s = initialFollow(push('a-1', 10));
    s = onChairPush(s, push('a-2', 20, 'd-1', 3));
    expect(s.place).toEqual({ agendaItemId: 'a-2', documentId: 'd-1', page: 3 });
    const jump = s.jump;
    expect(onChairPush(s, push('a-2', 20, 'd-1', 3))).toBe(s); // same push again: nothing
    const again = onChairPush(s, push('a-2', 30, 'd-1', 3)); // chair pushes the same page again
    expect(again.jump).toBe(jump + 1);
  });

  it('stops following when the delegate browses, ignores pushes, and one action returns to the chair', () => {
    let s = initialFollow(push('a-1', 10));
    s = browse(s, { agendaItemId: item('a-5'), documentId: null, page: null });
    expect(s.following).toBe(false);
    const chairNow = push('a-3', 40, 'd-9', 7);
    s = onChairPush(s, chairNow);
    expect(s.place.agendaItemId).toBe('a-5');
    expect(isAway(s, chairNow)).toBe(true);
    s = follow(s, chairNow);
    expect(s).toMatchObject({ following: true, place: { agendaItemId: 'a-3', documentId: 'd-9', page: 7 }, applied: 40 });
    expect(isAway(s, chairNow)).toBe(false);
  });

  it('is not "away" when the chair has no current item', () => {
    const s = browse(initialFollow(null), { agendaItemId: item('a-1'), documentId: null, page: null });
    expect(isAway(s, push(null, 5))).toBe(false);
  });

  it('scrolling away from the chair’s page stops following and offers the way back; returning follows again', () => {
    const chair = push('a-2', 10, 'd-1', 4);
    let s = initialFollow(chair);
    expect(scrolledTo(s, 4)).toBe(s); // the viewer reporting the pushed page is not browsing
    expect(awayFromChairPage(s, chair)).toBe(false);
    s = scrolledTo(s, 6);
    expect(s.following).toBe(false);
    expect(s.place).toEqual({ agendaItemId: 'a-2', documentId: 'd-1', page: 6 });
    expect(awayFromChairPage(s, chair)).toBe(true);
    // A chair push while reading elsewhere does not move the page away from the reader.
    expect(onChairPush(s, push('a-2', 20, 'd-1', 5)).place.page).toBe(6);
    const back = follow(s, chair);
    expect(back.following).toBe(true);
    expect(back.place.page).toBe(4);
    expect(awayFromChairPage(back, chair)).toBe(false);
    // Another document than the chair's: no "return to the chair's page" (the follow bar offers the way back).
    expect(awayFromChairPage(browse(s, { agendaItemId: item('a-2'), documentId: doc('d-9'), page: 2 }), chair)).toBe(false);
  });
});
