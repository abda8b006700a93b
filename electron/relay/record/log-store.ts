import type { Db } from '../../common/sqlite/connection';
import type { CheckpointRow, KeyRow, LogRow } from './chain';

/** Every SQL statement on the record tables (record_log, record_keys, record_checkpoints, record_head). */
export function createLogStore(db: Db) {
  return {
    insertEntry: db.prepare<[number, string, string, string, number, Buffer]>(
      'INSERT INTO record_log (seq, body, prev_hash, hash, key_id, sig) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    listEntries: db.prepare<[], LogRow>('SELECT seq, body, prev_hash, hash, key_id, sig FROM record_log ORDER BY seq'),
    getHead: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM record_head WHERE id = 1'),
    setHead: db.prepare<[number, string]>(
      'INSERT INTO record_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
    ),
    insertKey: db.prepare<[string, number, number]>('INSERT INTO record_keys (public_key, from_seq, created_at) VALUES (?, ?, ?)'),
    listKeys: db.prepare<[], KeyRow>('SELECT key_id, public_key, from_seq FROM record_keys ORDER BY key_id'),
    insertCheckpoint: db.prepare<[number, string, number, string]>(
      'INSERT OR IGNORE INTO record_checkpoints (seq, hash, at, reason) VALUES (?, ?, ?, ?)',
    ),
    listCheckpoints: db.prepare<[], CheckpointRow>('SELECT seq, hash, at, reason FROM record_checkpoints ORDER BY seq'),
  };
}

export type LogStore = ReturnType<typeof createLogStore>;
