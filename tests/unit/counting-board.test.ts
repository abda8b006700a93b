import { describe, expect, it } from 'vitest';
import { announce, confirmCount, formBoard } from '../../shared/voting/counting-board';

const candidates = new Map([
  ['u-c1', 'Nguyễn Văn An'],
  ['u-c2', 'Trần Thị Bình'],
]);

describe('counting board (Ban kiểm phiếu)', () => {
  it('refuses an empty board, a duplicate member and a candidate on the board', () => {
    expect(formBoard([], candidates)).toMatchObject({ ok: false, error: { key: 'election.board.empty' } });
    expect(formBoard(['u1', 'u1'], candidates)).toMatchObject({ ok: false, error: { key: 'election.board.duplicate' } });
    const r = formBoard(['u1', 'u-c2'], candidates);
    expect(r).toMatchObject({ ok: false, error: { key: 'election.board.candidate', params: { name: 'Trần Thị Bình' } } });
    expect(!r.ok && r.error.message).toBe('Trần Thị Bình là người ứng cử nên không được tham gia Ban kiểm phiếu');
  });

  it('every member confirms once, only members, and only then the chair announces, once', () => {
    let board = formBoard(['u1', 'u2', 'u3'], candidates);
    if (!board.ok) throw new Error('board');
    let b = board.value;
    expect(announce(b)).toMatchObject({ ok: false, error: { key: 'election.board.pending', params: { count: 3 } } });
    expect(confirmCount(b, 'u-c1')).toMatchObject({ ok: false, error: { detail: { reason: 'not_board_member' } } });
    for (const [i, u] of ['u2', 'u1'].entries()) {
      const next = confirmCount(b, u);
      if (!next.ok) throw new Error(u);
      b = next.value;
      expect(b.confirmed).toHaveLength(i + 1);
    }
    expect(confirmCount(b, 'u1')).toMatchObject({ ok: false, error: { detail: { reason: 'already_confirmed' } } });
    expect(announce(b)).toMatchObject({ ok: false, error: { params: { count: 1 } } });
    board = confirmCount(b, 'u3');
    if (!board.ok) throw new Error('u3');
    const done = announce(board.value);
    expect(done.ok && done.value.announced).toBe(true);
    if (!done.ok) return;
    expect(announce(done.value)).toMatchObject({ ok: false, error: { detail: { reason: 'announced' } } });
    expect(confirmCount(done.value, 'u1')).toMatchObject({ ok: false, error: { detail: { reason: 'announced' } } });
  });
});
