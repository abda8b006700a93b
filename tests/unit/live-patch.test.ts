import { describe, expect, it } from 'vitest';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import { applyLivePatch, createLivePatcher, type LiveStatePatch } from '../../shared/relay-protocol/live-patch';
import { createLatestSender } from '../../electron/relay/latest-sender';

type Frame = { type: 'state'; state: MeetingLiveView | null } | ({ type: 'statePatch' } & LiveStatePatch);

/** A view-shaped object: only the fields these tests change, the rest is carried as is. */
const view = (fields: Record<string, unknown>) => fields as unknown as MeetingLiveView;

describe('live-view patches', () => {
  it('sends the whole view first, then only the changed fields, and the laptop rebuilds the same view', () => {
    const p = createLivePatcher();
    const rules = { bodyType: 'hdnd', passing: ['x'.repeat(4000)] };
    const v1 = view({ version: 1, rules, vote: null, results: [], recall: { phase: 'none' } });
    const v2 = view({ version: 2, rules, vote: { voteId: 'v1', castCount: 0 }, results: [] });
    const f1 = JSON.parse(p.frame(v1)) as Frame;
    expect(f1).toEqual({ type: 'state', state: v1 });
    const text2 = p.frame(v2);
    const f2 = JSON.parse(text2) as Frame;
    expect(f2).toEqual({ type: 'statePatch', set: { version: 2, vote: { voteId: 'v1', castCount: 0 } }, unset: ['recall'] });
    expect(text2.length).toBeLessThan(200); // the 4 KB of rules are not sent again
    const held = applyLivePatch((f1 as { state: MeetingLiveView }).state, f2 as LiveStatePatch);
    expect(held).toEqual(v2);
    expect(JSON.parse(p.frame(v2))).toEqual({ type: 'statePatch', set: {}, unset: [] });
  });

  it('starts over with a whole view after a null view, and a patch without a view to patch gives nothing', () => {
    const p = createLivePatcher();
    p.frame(view({ version: 1 }));
    expect(JSON.parse(p.frame(null))).toEqual({ type: 'state', state: null });
    expect(JSON.parse(p.frame(view({ version: 3 })))).toEqual({ type: 'state', state: { version: 3 } });
    expect(applyLivePatch(null, { set: { version: 4 }, unset: [] })).toBeNull();
  });
});

describe('latest-wins sender', () => {
  /** A socket whose writes complete only when the test says so (a link that does not take more yet). */
  function slowSocket() {
    const sent: string[] = [];
    const callbacks: ((err?: Error) => void)[] = [];
    return {
      sent,
      readyState: 1,
      OPEN: 1,
      send(data: string, cb: (err?: Error) => void) {
        sent.push(data);
        callbacks.push(cb);
      },
      complete: () => callbacks.shift()!(),
    };
  }

  it('writes one frame at a time and, when it is taken, the newest of each due kind (rendered then)', () => {
    const ws = slowSocket();
    let n = 0;
    const s = createLatestSender(ws, ['presence', 'state'] as const, (k) => `${k}${k === 'state' ? ++n : ''}`);
    s.mark('state');
    expect(ws.sent).toEqual(['state1']);
    s.mark('state');
    s.mark('state');
    s.mark('presence');
    expect(ws.sent).toEqual(['state1']); // still being written: nothing queued behind it
    ws.complete();
    expect(ws.sent).toEqual(['state1', 'presence']); // presence goes first when both are due
    ws.complete();
    expect(ws.sent).toEqual(['state1', 'presence', 'state2']); // one view for three changes, built now
    ws.complete();
    expect(ws.sent).toHaveLength(3);
    expect(s.stats).toEqual({ sent: 3, superseded: 1 });
  });

  it('sends nothing on a socket that is no longer open, and skips a kind that renders nothing', () => {
    const ws = slowSocket();
    const s = createLatestSender(ws, ['presence', 'state'] as const, (k) => (k === 'presence' ? null : 'view'));
    s.mark('presence');
    expect(ws.sent).toEqual([]);
    ws.readyState = 3;
    s.mark('state');
    expect(ws.sent).toEqual([]);
  });
});
