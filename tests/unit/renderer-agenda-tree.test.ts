import { describe, expect, it } from 'vitest';
import type { AgendaItemId, MeetingId } from '../../shared/model/ids';
import type { AgendaItem } from '../../shared/model/types';
import {
  applyMove,
  buildTree,
  dropMove,
  flatten,
  indent,
  moveDown,
  moveUp,
  outdent,
  totalMinutes,
  zoneAt,
  type MoveRequest,
} from '../../renderer/features/agenda/agenda-tree';

const M = 'm1' as MeetingId;
const id = (s: string) => s as AgendaItemId;
const item = (key: string, parent: string | null, position: number, durationMin = 10): AgendaItem => ({
  id: id(key),
  meetingId: M,
  parentId: parent ? id(parent) : null,
  position,
  title: key.toUpperCase(),
  presenter: '',
  durationMin,
});

// A: [A1, A2], B, C  (positions deliberately out of array order)
const AGENDA: AgendaItem[] = [item('c', null, 2), item('a2', 'a', 1), item('a', null, 0), item('b', null, 1), item('a1', 'a', 0)];

/** The service's rule for agenda:move, reimplemented independently: remove, then insert among the others. */
function serviceMove(items: AgendaItem[], req: MoveRequest): string[] {
  return flatten(buildTree(applyMove(items, req))).map((n) => `${n.number}:${n.item.id}`);
}

describe('agenda tree', () => {
  it('orders and numbers items and sub-items', () => {
    expect(flatten(buildTree(AGENDA)).map((n) => `${n.number}:${n.item.id}`)).toEqual(['1:a', '1.1:a1', '1.2:a2', '2:b', '3:c']);
  });

  it('moves up and down among siblings only', () => {
    expect(moveUp(AGENDA, id('b'))).toEqual({ itemId: 'b', parentId: null, index: 0 });
    expect(moveUp(AGENDA, id('a'))).toBeNull();
    expect(moveDown(AGENDA, id('c'))).toBeNull();
    expect(moveDown(AGENDA, id('a1'))).toEqual({ itemId: 'a1', parentId: 'a', index: 1 });
    expect(moveUp(AGENDA, id('a1'))).toBeNull();
    expect(serviceMove(AGENDA, moveDown(AGENDA, id('b'))!)).toEqual(['1:a', '1.1:a1', '1.2:a2', '2:c', '3:b']);
  });

  it('indents under the item above, one level only', () => {
    expect(indent(AGENDA, id('b'))).toEqual({ itemId: 'b', parentId: 'a', index: 2 });
    expect(serviceMove(AGENDA, indent(AGENDA, id('b'))!)).toEqual(['1:a', '1.1:a1', '1.2:a2', '1.3:b', '2:c']);
    expect(indent(AGENDA, id('a'))).toBeNull(); // first item: nothing above
    expect(indent(AGENDA, id('a2'))).toBeNull(); // already a sub-item
    const withKids = [...AGENDA, item('c1', 'c', 0)];
    expect(indent(withKids, id('c'))).toBeNull(); // would create a second level
  });

  it('outdents a sub-item to just after its parent', () => {
    expect(outdent(AGENDA, id('a1'))).toEqual({ itemId: 'a1', parentId: null, index: 1 });
    expect(serviceMove(AGENDA, outdent(AGENDA, id('a1'))!)).toEqual(['1:a', '1.1:a2', '2:a1', '3:b', '4:c']);
    expect(outdent(AGENDA, id('b'))).toBeNull();
  });

  it('maps drops before, after and inside a row to agenda:move requests', () => {
    expect(dropMove(AGENDA, id('a'), id('c'), 'after')).toEqual({ itemId: 'a', parentId: null, index: 2 });
    expect(serviceMove(AGENDA, dropMove(AGENDA, id('a'), id('c'), 'after')!)).toEqual(['1:b', '2:c', '3:a', '3.1:a1', '3.2:a2']);
    expect(dropMove(AGENDA, id('c'), id('a'), 'before')).toEqual({ itemId: 'c', parentId: null, index: 0 });
    expect(dropMove(AGENDA, id('c'), id('b'), 'inside')).toEqual({ itemId: 'c', parentId: 'b', index: 0 });
    expect(dropMove(AGENDA, id('b'), id('a1'), 'before')).toEqual({ itemId: 'b', parentId: 'a', index: 0 });
    expect(dropMove(AGENDA, id('a2'), id('c'), 'after')).toEqual({ itemId: 'a2', parentId: null, index: 3 });
  });

  it('refuses drops that are no-ops or would nest two levels', () => {
    expect(dropMove(AGENDA, id('a'), id('a'), 'after')).toBeNull();
    expect(dropMove(AGENDA, id('a'), id('b'), 'before')).toBeNull(); // already there
    expect(dropMove(AGENDA, id('b'), id('a'), 'after')).toBeNull(); // already there
    expect(dropMove(AGENDA, id('a'), id('b'), 'inside')).toBeNull(); // a has sub-items
    expect(dropMove(AGENDA, id('a'), id('a1'), 'after')).toBeNull(); // onto its own child
    expect(dropMove(AGENDA, id('b'), id('a2'), 'inside')).toBeNull(); // sub-items hold no sub-items
  });

  it('picks the drop zone from the pointer height', () => {
    expect(zoneAt(2, 40, true)).toBe('before');
    expect(zoneAt(20, 40, true)).toBe('inside');
    expect(zoneAt(38, 40, true)).toBe('after');
    expect(zoneAt(19, 40, false)).toBe('before');
    expect(zoneAt(21, 40, false)).toBe('after');
  });

  it('counts a parent as covering its sub-items unless they add up to more', () => {
    expect(totalMinutes(AGENDA)).toBe(40); // a: max(10, 10+10) + b: 10 + c: 10
    expect(totalMinutes([item('x', null, 0, 60), item('x1', 'x', 0, 15)])).toBe(60);
  });
});
