import { translate, type MessageKey, type MessageParams } from '../../shared/i18n';

/**
 * A refusal the relay tells a peer: a short machine-readable close reason (WebSocket close reasons are capped
 * at 123 bytes) and the user-facing text from the i18n tables, Vietnamese first, English second, sent as a
 * y-protocols auth/permission-denied message (Yjs sockets) before any close.
 */
export type Refusal = { key: MessageKey; params?: MessageParams; reason: string };

export const refusalText = (key: MessageKey, params?: MessageParams): string =>
  `${translate('vi', key, params)} (${translate('en', key, params)})`;

export const MIB = 1024 * 1024;
export const toMiB = (bytes: number): number => Math.round((bytes / MIB) * 10) / 10;
