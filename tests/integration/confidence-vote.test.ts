import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, delegateId, ITEM_1, makeFixture, mustAck, startMeeting } from './commands-helpers';

/*
 * Issue 10, bỏ phiếu tín nhiệm: one secret vote per office-holder with the rule's own ballot "Tín nhiệm /
 * Không tín nhiệm", where the deciding option is the second: more than half of the TOTAL voting no confidence
 * means resignation or removal. The threshold counts "Không tín nhiệm", never the first option.
 */
let f: Fixture;
afterEach(() => f?.cleanup());

function confidenceVote(noConfidence: number, delegates = 8) {
  f = makeFixture({ delegates, bodyKind: 'hdnd' });
  const p = f.open();
  startMeeting(p, f, delegates);
  const voteId = mustAck(
    p.handle(f.ctx(CHAIR), {
      type: 'vote:open',
      commandId: cid(),
      agendaItemId: ITEM_1,
      question: 'Bỏ phiếu tín nhiệm đối với ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh',
      kind: 'secret',
      ruleId: 'hdnd_confidence_vote',
      // Whatever the form sends, the rule's own options are used.
      options: ['Tán thành', 'Không tán thành'],
    }),
  ).voteId!;
  const voters = [CHAIR, ...Array.from({ length: delegates }, (_, i) => delegateId(i + 1))];
  voters.forEach((u, i) =>
    mustAck(p.handle(f.ctx(u), { type: 'vote:cast', commandId: cid(), voteId, optionId: i < noConfidence ? 'o2' : 'o1' })),
  );
  const tally = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId })).result!;
  return { tally, view: p.view(f.ctx(CHAIR)) };
}

describe('bỏ phiếu tín nhiệm (confidence vote)', () => {
  it('is only ever a secret ballot', () => {
    f = makeFixture({ delegates: 4, bodyKind: 'hdnd' });
    const p = f.open();
    startMeeting(p, f, 4);
    const r = p.handle(f.ctx(CHAIR), {
      type: 'vote:open',
      commandId: cid(),
      agendaItemId: ITEM_1,
      question: 'Q',
      kind: 'public',
      ruleId: 'hdnd_confidence_vote',
    });
    expect(r).toMatchObject({ ok: false, error: { key: 'error.legal.secretRequired' } });
  });

  it('5 of 9 "Không tín nhiệm" is more than half of the total: the vote passes, i.e. confidence is lost', () => {
    const { tally, view } = confidenceVote(5);
    expect(tally.options.map((o) => [o.label, o.count])).toEqual([
      ['Tín nhiệm', 4],
      ['Không tín nhiệm', 5],
    ]);
    expect(tally).toMatchObject({ favourOptionId: 'o2', favourCount: 5, n: 9, required: 5, passed: true });
    expect(tally.rule.outcome?.passed.vi).toMatch(/từ chức hoặc bị miễn nhiệm/);
    expect(view.results[0]!.tally.rule.citation?.citation.document).toMatch(/96\/2023\/QH15/);
    expect(view.results[0]!.tally.rule.citation?.needsLegalConfirmation).toBe(true);
  });

  it('4 of 9 is not more than half, however many vote "Tín nhiệm": not passed', () => {
    const { tally } = confidenceVote(4);
    expect(tally).toMatchObject({ favourOptionId: 'o2', favourCount: 4, required: 5, passed: false });
  });
});
