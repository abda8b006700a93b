import { agenda } from './messages/agenda';
import { core } from './messages/core';
import { errorsLaptop } from './messages/errors-laptop';
import { errorsRelay } from './messages/errors-relay';
import { errorsSync } from './messages/errors-sync';
import { discovery } from './messages/discovery';
import { documents } from './messages/documents';
import { live } from './messages/live';
import { meetings } from './messages/meetings';
import { record } from './messages/record';
import { roster } from './messages/roster';
import type { MessageTable } from './messages/types';
import { viewer } from './messages/viewer';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** Every subsystem's messages; add a module under ./messages and spread it here. */
export const MESSAGES = {
  ...core,
  ...meetings,
  ...agenda,
  ...documents,
  ...roster,
  ...viewer,
  ...live,
  ...errorsLaptop,
  ...errorsSync,
  ...errorsRelay,
  ...record,
  ...discovery,
} as const satisfies MessageTable;
export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export const isMessageKey = (k: unknown): k is MessageKey => typeof k === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, k);

/** Looks up a message and fills {placeholders}; unknown placeholders stay visible so they get noticed. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template: string = MESSAGES[key][locale];
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}
