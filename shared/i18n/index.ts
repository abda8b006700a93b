import { accounts } from './messages/accounts';
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
  ...accounts,
} as const satisfies MessageTable;
export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export const isMessageKey = (k: unknown): k is MessageKey => typeof k === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, k);

/**
 * Looks up a message and fills {placeholders}; unknown placeholders stay visible so they get noticed.
 * `{n|person|people}` picks a word by the number in `n` (English plurals: 1 → the first, else the second).
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template: string = MESSAGES[key][locale];
  if (!params) return template;
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * A decimal the services write the Vietnamese way ("1,96", decimal comma) in the reader's language:
 * "1.96" in English.
 */
export function localDecimal(locale: Locale, vietnamese: string): string {
  return locale === 'en' ? vietnamese.replace(',', '.') : vietnamese;
}
