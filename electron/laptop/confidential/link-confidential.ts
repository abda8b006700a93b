import { MAX_CONFIDENTIAL_LAPTOPS_PER_USER } from '../../../shared/relay-protocol/constants';
import { appError, type AppError } from '../../../shared/util/result';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { MeetingId, Sha256, UserId } from '../../../shared/model/ids';
import type { LoginResponse, PublicMeetingPackage, RecallConfirmResponse } from '../../../shared/relay-protocol/types';
import type { Db } from '../../common/sqlite/connection';
import type { BlobStore } from '../blob-store';
import type { LocalDocs } from '../ydocs/local-docs';
import type { BlobStorage } from '../sync/package-download';
import type { FetchLike } from '../sync/relay-http';
import { relayPostJson } from '../sync/relay-http';
import type { KeyRing } from './key-ring';
import { purgeConfidential } from './recall';

/**
 * What a relay link does for confidential documents: keeps the meeting key a login carries in the key ring
 * (memory only), tells the package download to seal confidential files with it, and carries out a recall
 * the relay announces in the live view (delete, then confirm with POST /api/recall/confirm). The relay
 * accounts per laptop: its view says whether this laptop's confirmation is recorded (`me.confirmedAt`); a
 * laptop it never recorded as receiving anything gets no record, so a delivered confirmation is also remembered
 * here and not sent again on every later view.
 */
export type LinkConfidential = {
  onLogin(login: LoginResponse): void;
  /** Why this laptop receives no confidential documents although its user may read them, or null. */
  problem(): AppError | null;
  storage(sha: Sha256, pkg: PublicMeetingPackage): BlobStorage;
  onLiveView(view: MeetingLiveView | null, token: string | null): void;
  stop(): void;
};

export function linkConfidential(deps: {
  db: Db;
  blobs: BlobStore;
  ydocs: LocalDocs;
  closeRooms: (rooms: string[]) => void;
  userId: UserId;
  relayUrl: string;
  fetchImpl: FetchLike;
  now: () => Date;
  log: (msg: string, e?: unknown) => void;
}): LinkConfidential {
  const keys: KeyRing = deps.blobs.keys;
  let running: Promise<void> | null = null;
  let stopped = false;
  let refused: AppError | null = null;
  const confirmed = new Set<MeetingId>();

  async function recall(view: MeetingLiveView, token: string): Promise<void> {
    const { files } = purgeConfidential(deps, view.meetingId, deps.userId, deps.relayUrl);
    deps.log(`[confidential] recall of meeting ${view.meetingId}: ${files} sealed file(s) deleted`);
    const r = await relayPostJson<RecallConfirmResponse>(deps.fetchImpl, deps.relayUrl, '/api/recall/confirm', token, {
      meetingId: view.meetingId,
    });
    // Not confirmed (relay gone): the next live view after reconnecting asks again; deleting again is a no-op.
    if (!r.ok) deps.log('[confidential] recall confirmation not delivered', r.error);
    else confirmed.add(view.meetingId);
  }

  return {
    onLogin(login) {
      if (stopped) return;
      if (login.meetingKey) keys.set(login.meetingId, Buffer.from(login.meetingKey, 'base64'));
      refused =
        login.confidentialRefused === 'laptop_limit'
          ? appError('forbidden', 'error.confidential.laptopLimit', { max: MAX_CONFIDENTIAL_LAPTOPS_PER_USER })
          : null;
    },
    problem: () => refused,
    storage(sha, pkg) {
      const docs = pkg.documents.filter((d) => d.sha256 === sha);
      // Bytes any public document shares are public: stored plain like any other.
      if (docs.length === 0 || docs.some((d) => d.confidentiality !== 'mat')) return { kind: 'plain' };
      const key = keys.get(pkg.meeting.id);
      return key ? { kind: 'sealed', meetingId: pkg.meeting.id, key } : { kind: 'locked' };
    },
    onLiveView(view, token) {
      const r = view?.recall;
      if (stopped || !view || !r?.active || r.me.confirmedAt !== null || confirmed.has(view.meetingId) || !token || running) return;
      running = recall(view, token)
        .catch((e: unknown) => deps.log('[confidential] recall failed', e))
        .finally(() => {
          running = null;
        });
    },
    stop() {
      stopped = true;
      // The person's session on this laptop ends: so does their access to confidential documents.
      keys.clear();
    },
  };
}
