import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { MessageKey, MessageParams } from '../../../shared/i18n';
import { electionAnnouncements } from '../elections/election-view';

export type Announcement = { key: MessageKey; params?: MessageParams };

/**
 * What a screen reader should hear when the live view changes: the member is given the floor, a vote
 * opens, a vote closes, an election round opens or closes, its result is announced. Pure: compares two successive views (none on the first one).
 */
export function announcements(prev: MeetingLiveView | null, next: MeetingLiveView): Announcement[] {
  if (!prev || prev.meetingId !== next.meetingId) return [];
  const out: Announcement[] = [];
  if (prev.vote && prev.vote.voteId !== next.vote?.voteId)
    out.push({ key: 'a11y.announce.voteClosed', params: { question: prev.vote.question } });
  if (next.vote && next.vote.voteId !== prev.vote?.voteId)
    out.push({ key: 'a11y.announce.voteOpened', params: { question: next.vote.question } });
  if (next.me.speakerRequest?.status === 'speaking' && prev.me.speakerRequest?.status !== 'speaking')
    out.push({ key: 'a11y.announce.speak' });
  out.push(...electionAnnouncements(prev, next));
  return out;
}
