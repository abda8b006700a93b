import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import type { AppError } from '../../shared/util/result';

/** The record program's output: every message in Vietnamese, then English, from the i18n tables. */
export type Out = { line(text: string): void; err(text: string): void };

export const consoleOut: Out = { line: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

export const both = (key: MessageKey, params?: MessageParams): string =>
  `${translate('vi', key, params)} / ${translate('en', key, params)}`;

export function sayError(out: Out, e: AppError): void {
  if (e.key) {
    out.err(translate('vi', e.key, e.params));
    out.err(translate('en', e.key, e.params));
  } else out.err(e.message);
}
