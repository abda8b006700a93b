import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { openDb, closeDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import {
  appendUpdate,
  compact,
  COMPACT_AFTER_UPDATES,
  listDocs,
  loadInto,
  pendingUpdateCount,
  persistUpdate,
} from '../../electron/common/ydoc-store/store';

describe('ydoc store', () => {
  it('appends updates, compacts into a snapshot, and reloads the same state', () => {
    const db = openDb({ file: ':memory:', migrations: LOCAL_MIGRATIONS });
    const src = new Y.Doc();
    src.on('update', (u: Uint8Array) => appendUpdate(db, 'room-a', u));
    for (let i = 0; i < 50; i++) src.getArray<number>('xs').push([i]);
    expect(pendingUpdateCount(db, 'room-a')).toBe(50);
    compact(db, 'room-a');
    expect(pendingUpdateCount(db, 'room-a')).toBe(0);
    src.getMap('m').set('after', 'compaction');
    const copy = new Y.Doc();
    expect(loadInto(db, 'room-a', copy)).toBe(true);
    expect(copy.getArray('xs').toArray()).toEqual(src.getArray('xs').toArray());
    expect(copy.getMap('m').get('after')).toBe('compaction');
    expect(listDocs(db)).toEqual(['room-a']);
    expect(loadInto(db, 'missing', new Y.Doc())).toBe(false);
    closeDb(db);
  });

  it('persistUpdate compacts automatically after the threshold', () => {
    const db = openDb({ file: ':memory:', migrations: LOCAL_MIGRATIONS });
    const src = new Y.Doc();
    src.on('update', (u: Uint8Array) => persistUpdate(db, 'r', u));
    for (let i = 0; i < COMPACT_AFTER_UPDATES + 3; i++) src.getText('t').insert(0, 'x');
    expect(pendingUpdateCount(db, 'r')).toBeLessThan(COMPACT_AFTER_UPDATES);
    const copy = new Y.Doc();
    loadInto(db, 'r', copy);
    expect(copy.getText('t').length).toBe(COMPACT_AFTER_UPDATES + 3);
    closeDb(db);
  });
});
