import { describe, expect, it } from 'vitest';
import type { OpenVoteView } from '../../shared/meeting-live/live-state';
import type { SpeakerRequestId, VoteId } from '../../shared/meeting-live/ids';
import { announcements } from '../../renderer/features/live/announce';
import { isBallotShortcut } from '../../renderer/features/voting/ballot-shortcut';
import { makeView } from './renderer-live-fixture';

const vote = (id: string, question: string) => ({ voteId: id as VoteId, question }) as OpenVoteView;
const speaking = { requestId: 'r-1' as SpeakerRequestId, kind: 'phat_bieu' as const, status: 'speaking' as const };

describe('live announcements', () => {
  it('says nothing on the first view', () => {
    expect(announcements(null, makeView({ vote: vote('v-1', 'Q') }))).toEqual([]);
  });

  it('announces a vote opening, closing, and a new vote replacing the last', () => {
    const none = makeView();
    const open = makeView({ vote: vote('v-1', 'Thông qua') });
    expect(announcements(none, open)).toEqual([{ key: 'a11y.announce.voteOpened', params: { question: 'Thông qua' } }]);
    expect(announcements(open, open)).toEqual([]);
    expect(announcements(open, none)).toEqual([{ key: 'a11y.announce.voteClosed', params: { question: 'Thông qua' } }]);
    expect(announcements(open, makeView({ vote: vote('v-2', 'Bỏ phiếu kín') })).map((a) => a.key)).toEqual([
      'a11y.announce.voteClosed',
      'a11y.announce.voteOpened',
    ]);
  });

  it('announces the floor once, when the member is given it', () => {
    const queued = makeView({ me: { ...makeView().me, speakerRequest: { ...speaking, status: 'queued' } } });
    const given = makeView({ me: { ...makeView().me, speakerRequest: speaking } });
    expect(announcements(queued, given)).toEqual([{ key: 'a11y.announce.speak' }]);
    expect(announcements(given, given)).toEqual([]);
  });
});

describe('ballot shortcut', () => {
  const key = (over: Partial<KeyboardEvent>) => ({ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, code: 'KeyB', ...over });
  it('is Alt+B by physical key only', () => {
    expect(isBallotShortcut(key({ altKey: true }))).toBe(true);
    expect(isBallotShortcut(key({}))).toBe(false);
    expect(isBallotShortcut(key({ altKey: true, ctrlKey: true }))).toBe(false);
    expect(isBallotShortcut(key({ altKey: true, code: 'KeyV' }))).toBe(false);
  });
});
