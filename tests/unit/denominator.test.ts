import { describe, expect, it } from 'vitest';
import type { UserId } from '../../shared/model/ids';
import type { BodyId, BodyRoster, Membership, MembershipId, TermId } from '../../shared/model/roster';
import { computeDenominator, summarizeDenominator } from '../../shared/voting/denominator';

const TERM = 't-2026' as TermId;
let n = 0;
const m = (over: Partial<Membership> = {}): Membership => ({
  id: `m${++n}` as MembershipId,
  termId: TERM,
  userId: `u${n}` as UserId,
  fullName: `Người ${n}`,
  position: 'Đại biểu',
  isHead: false,
  startDate: '2026-03-20',
  startKind: 'elected',
  formerBody: null,
  endDate: null,
  endKind: null,
  endReason: null,
  liftedOn: null,
  ...over,
});

function roster(memberships: Membership[]): BodyRoster {
  return {
    body: { id: 'hdnd-tn' as BodyId, type: 'hdnd', level: 'tinh', name: 'HĐND tỉnh Thái Nguyên', parentId: null },
    term: { id: TERM, bodyId: 'hdnd-tn' as BodyId, label: 'Nhiệm kỳ 2026–2031', startDate: '2026-03-20', endDate: null },
    memberships,
  };
}

const STATE = ['resigned', 'dismissed', 'died', 'transferred'] as const;

describe('computeDenominator', () => {
  it('51 elected, 1 resigned 3/2026 and 1 deceased 8/2026: N = 49 on 1/9/2026, 51 before', () => {
    const ms = Array.from({ length: 49 }, () => m());
    ms.push(m({ endDate: '2026-03-28', endKind: 'resigned', endReason: 'Xin thôi làm đại biểu' }));
    ms.push(m({ endDate: '2026-08-05', endKind: 'died', endReason: null }));
    const d = computeDenominator(roster(ms), '2026-09-01', STATE, null);
    expect(d).toMatchObject({ n: 49, seated: 51, source: 'roster' });
    expect(summarizeDenominator(d, 'vi')).toBe('N = 49 (51 thành viên; 1 thôi nhiệm vụ 3/2026, 1 từ trần 8/2026)');
    expect(summarizeDenominator(d, 'en')).toBe('N = 49 (51 members; 1 resigned 3/2026, 1 deceased 8/2026)');
    expect(computeDenominator(roster(ms), '2026-03-27', STATE, null).n).toBe(51);
    expect(summarizeDenominator(computeDenominator(roster(ms), '2026-03-27', STATE, null), 'vi')).toBe(
      'N = 51 (51 thành viên, không ai bị loại trừ)',
    );
  });

  it('a merger: members of two former councils in one term, a by-election later, a suspension lifted', () => {
    const ms = [
      m({ formerBody: 'HĐND tỉnh Thái Nguyên (trước hợp nhất)', startKind: 'merged', startDate: '2026-03-20' }),
      m({ formerBody: 'HĐND tỉnh Bắc Kạn (trước hợp nhất)', startKind: 'merged', startDate: '2026-03-20' }),
      m({ startKind: 'by_election', startDate: '2026-10-01' }),
      m({ endDate: '2026-05-01', endKind: 'suspended', endReason: 'Tạm đình chỉ', liftedOn: '2026-07-01' }),
      m({ endDate: '2026-05-01', endKind: 'prosecuted', endReason: 'Bị khởi tố' }),
      { ...m(), termId: 'older-term' as TermId },
    ];
    const r = roster(ms);
    // On 1/6: the suspended and the prosecuted are out of office; for an HĐND only the four permanent ends reduce N
    const june = computeDenominator(r, '2026-06-01', STATE, null);
    expect(june).toMatchObject({ n: 4, seated: 4 });
    expect(june.keptInN.map((e) => e.kind)).toEqual(['suspended', 'prosecuted']);
    // Party-style exclusions take them out
    const party = computeDenominator(r, '2026-06-01', [...STATE, 'suspended', 'prosecuted'], null);
    expect(party.n).toBe(2);
    // after the suspension is lifted and the by-election
    const oct = computeDenominator(r, '2026-10-01', [...STATE, 'suspended', 'prosecuted'], null);
    expect(oct.n).toBe(4);
    expect(oct.exclusions.map((e) => e.reason)).toEqual(['Bị khởi tố']);
  });
});
