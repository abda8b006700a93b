import type { MessageKey } from '../../../shared/i18n';
import type { RelayConnectionState, RelayStatus } from '../../../shared/ipc/slices/live';
import { assertNever } from '../../../shared/util/result';

export type BadgeTone = 'online' | 'connecting' | 'offline' | 'error' | 'local';

/** The header badge: one word for the state, a tone, and whether this laptop hosts the meeting. */
export function connectionBadge(status: RelayStatus | null): { key: MessageKey; tone: BadgeTone; hosting: boolean } {
  const hosting = status?.hosting != null;
  const state: RelayConnectionState = status?.state ?? 'not_configured';
  // Someone else signed in on this laptop and took the relay link over: this window is not online any more.
  if (status?.linkOwner === 'other' && state !== 'not_configured') return { key: 'conn.replaced', tone: 'error', hosting };
  switch (state) {
    case 'online':
      return { key: 'conn.online', tone: 'online', hosting };
    case 'connecting':
      return { key: 'conn.connecting', tone: 'connecting', hosting };
    case 'offline':
      return { key: 'conn.offline', tone: 'offline', hosting };
    case 'auth_failed':
      // Not a wrong password: the relay presents another certificate than the one confirmed (possible impostor).
      if (status?.message?.key === 'error.sync.certificateChanged') return { key: 'conn.certificateChanged', tone: 'error', hosting };
      return { key: 'conn.authFailed', tone: 'error', hosting };
    case 'not_configured':
      return hosting ? { key: 'conn.hostingOnly', tone: 'online', hosting } : { key: 'conn.local', tone: 'local', hosting };
    default:
      return assertNever(state, 'relay state');
  }
}

export type DownloadSummary = {
  active: boolean;
  fraction: number;
  documentsDone: number;
  documentsTotal: number;
  receivedBytes: number;
  totalBytes: number;
  errors: number;
};

/** Overall package progress; "active" while any document is queued or downloading. */
export function downloadSummary(download: RelayStatus['download']): DownloadSummary | null {
  if (!download) return null;
  const errors = download.documents.filter((d) => d.status === 'error').length;
  const active =
    download.documents.some((d) => d.status === 'queued' || d.status === 'downloading') ||
    download.documentsDone < download.documentsTotal - errors;
  const fraction =
    download.totalBytes > 0
      ? Math.min(1, download.receivedBytes / download.totalBytes)
      : download.documentsTotal > 0
        ? download.documentsDone / download.documentsTotal
        : 1;
  return {
    active,
    fraction,
    documentsDone: download.documentsDone,
    documentsTotal: download.documentsTotal,
    receivedBytes: download.receivedBytes,
    totalBytes: download.totalBytes,
    errors,
  };
}

/** "1,2 MB", "350 kB", "900 B" with the Vietnamese decimal comma (same in both languages: it is a number). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${Math.round(n / 1000)} kB`;
  return `${(n / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}

/** Share of one document, 0..1 (done counts as 1 even when sizes are unknown). */
export function documentFraction(d: { receivedBytes: number; totalBytes: number; status: string }): number {
  if (d.status === 'done') return 1;
  return d.totalBytes > 0 ? Math.min(1, d.receivedBytes / d.totalBytes) : 0;
}
