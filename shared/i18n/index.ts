import { agenda } from './messages/agenda';
import { core } from './messages/core';
import { documents } from './messages/documents';
import { live } from './messages/live';
import { meetings } from './messages/meetings';
import { roster } from './messages/roster';
import type { MessageTable } from './messages/types';
import { viewer } from './messages/viewer';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** Every subsystem's messages; add a module under ./messages and spread it here. */
export const MESSAGES = { ...core, ...meetings, ...agenda, ...documents, ...roster, ...viewer, ...live } as const satisfies MessageTable;
export type MessageKey = keyof typeof MESSAGES;

/** Looks up a message and fills {placeholders}; unknown placeholders stay visible so they get noticed. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template: string = MESSAGES[key][locale];
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}
