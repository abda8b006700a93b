import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingKey } from './seal';
import { isMeetingKey } from './seal';

/**
 * The per-meeting keys of confidential documents, in memory only: never in SQLite, settings, logs or files.
 * The relay link puts a key here when the relay releases it at sign-in and takes it out when the person's
 * link ends or the meeting's documents are recalled; readers (documents, search) look keys up. After a
 * restart the ring is empty until the person signs in through the relay again.
 */
export type KeyRing = {
  get(meetingId: MeetingId): MeetingKey | null;
  set(meetingId: MeetingId, key: Uint8Array): void;
  forget(meetingId: MeetingId): void;
  clear(): void;
  /** Called after every change (a key arrived: sealed documents may be indexed now). */
  onChange(listener: () => void): () => void;
};

export function createKeyRing(): KeyRing {
  const keys = new Map<MeetingId, MeetingKey>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of [...listeners]) l();
  };
  return {
    get: (id) => keys.get(id) ?? null,
    set(id, key) {
      if (!isMeetingKey(key)) return;
      const k = Buffer.from(key);
      const old = keys.get(id);
      if (old?.equals(k)) return;
      old?.fill(0);
      keys.set(id, k);
      changed();
    },
    forget(id) {
      const old = keys.get(id);
      if (!old) return;
      old.fill(0);
      keys.delete(id);
      changed();
    },
    clear() {
      if (keys.size === 0) return;
      for (const k of keys.values()) k.fill(0);
      keys.clear();
      changed();
    },
    onChange(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}
