import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingId } from '../../shared/model/ids';
import { isIdShape } from '../../shared/model/ids';

/**
 * The per-meeting key of confidential ("mật") documents: 256 random bits generated on first use, kept in
 * `<dataDir>/keys/<meetingId>.key` (folder 0700, file 0600, like the TLS key) so that it survives relay
 * restarts and laptops' sealed copies stay readable. Laptops receive it at sign-in when entitled
 * (confidential.ts) and keep it only in memory.
 */
export const MEETING_KEY_BYTES = 32;

export type MeetingKeys = { keyOf(meetingId: MeetingId): Buffer };

export function createMeetingKeys(dataDir: string): MeetingKeys {
  const dir = join(dataDir, 'keys');
  const cache = new Map<MeetingId, Buffer>();
  return {
    keyOf(meetingId) {
      const cached = cache.get(meetingId);
      if (cached) return cached;
      if (!isIdShape(meetingId)) throw new Error(`bad meeting id ${String(meetingId)}`);
      const file = join(dir, `${meetingId}.key`);
      let key: Buffer;
      if (existsSync(file)) {
        key = readFileSync(file);
        if (key.length !== MEETING_KEY_BYTES) throw new Error(`meeting key ${file} is damaged`);
      } else {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        key = randomBytes(MEETING_KEY_BYTES);
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        const fd = openSync(tmp, 'wx', 0o600);
        try {
          writeSync(fd, key);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, file);
      }
      cache.set(meetingId, key);
      return key;
    },
  };
}
