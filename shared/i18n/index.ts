import { a11y } from './messages/a11y';
import { accounts } from './messages/accounts';
import { agenda } from './messages/agenda';
import { bodies } from './messages/bodies';
import { certificate } from './messages/certificate';
import { confidential } from './messages/confidential';
import { confidentialAtRest } from './messages/confidential-at-rest';
import { core } from './messages/core';
import { countRecord } from './messages/count-record';
import { errorsLaptop } from './messages/errors-laptop';
import { errorsPdf } from './messages/errors-pdf';
import { errorsRelay } from './messages/errors-relay';
import { errorsSync } from './messages/errors-sync';
import { discovery } from './messages/discovery';
import { documents } from './messages/documents';
import { elections } from './messages/elections';
import { electionsLive } from './messages/elections-live';
import { electionsUi } from './messages/elections-ui';
import { legal, rosterCsv } from './messages/legal';
import { live } from './messages/live';
import { meetings } from './messages/meetings';
import { projector } from './messages/projector';
import { ratingResolution } from './messages/rating-resolution';
import { record } from './messages/record';
import { recordApp } from './messages/record-app';
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
  ...confidential,
  ...live,
  ...legal,
  ...rosterCsv,
  ...bodies,
  ...errorsLaptop,
  ...errorsPdf,
  ...errorsSync,
  ...errorsRelay,
  ...record,
  ...recordApp,
  ...discovery,
  ...certificate,
  ...a11y,
  ...elections,
  ...countRecord,
  ...electionsLive,
  ...electionsUi,
  ...accounts,
  ...confidentialAtRest,
  ...projector,
  ...ratingResolution,
} as const satisfies MessageTable;
export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export const isMessageKey = (k: unknown): k is MessageKey => typeof k === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, k);

const NUMBER_LOCALES: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-US' };

/** A message to show later in the user's language (warnings, reasons stored for the UI). */
export type Message = { key: MessageKey; params?: MessageParams };

/**
 * Looks up a message and fills {placeholders}; unknown placeholders stay visible so they get noticed.
 * `{@name}` takes a message key as its parameter and fills in that message (with the same parameters) in the
 * same language, so a parameter never carries one language's words ("{@label} must not be empty").
 * `{#name}` formats a number the locale's way (1,5 in Vietnamese, 1.5 in English).
 * `{n|person|people}` picks a word by the number in `n` (English plurals: 1 → the first, else the second).
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template: string = MESSAGES[key][locale];
  return params ? fill(locale, template, params, true) : template;
}

function fill(locale: Locale, template: string, params: MessageParams, nest: boolean): string {
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : m,
    )
    .replace(/\{([@#]?)(\w+)\}/g, (m, kind: string, name: string) => {
      if (!(name in params)) return m;
      const v = params[name]!;
      if (kind === '#' && typeof v === 'number') return v.toLocaleString(NUMBER_LOCALES[locale], { maximumFractionDigits: 3 });
      if (kind === '@' && nest && isMessageKey(v)) return fill(locale, MESSAGES[v][locale], params, false);
      return String(v);
    });
}

/**
 * A decimal the services write the Vietnamese way ("1,96", decimal comma) in the reader's language:
 * "1.96" in English.
 */
export function localDecimal(locale: Locale, vietnamese: string): string {
  return locale === 'en' ? vietnamese.replace(',', '.') : vietnamese;
}
