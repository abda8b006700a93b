import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';

type Props = {
  /** The submit button's label, and its label while `busy`. */
  submitLabel: string;
  busyLabel?: string;
  busy?: boolean;
  /** Shows a Cancel button before the submit button. */
  onCancel?(): void;
  small?: boolean;
  /** At the foot of a dialog (`dialog__actions`) rather than of a page form. */
  inDialog?: boolean;
  /** Anything shown before the buttons (a note, a secondary action). */
  children?: ReactNode;
};

/** A form's row of actions: optional Cancel, then the primary submit button; both disabled while busy. */
export function FormActions({ submitLabel, busyLabel, busy, onCancel, small, inDialog, children }: Props) {
  const { t } = useI18n();
  const size = small ? ' btn--small' : '';
  return (
    <div className={inDialog ? 'dialog__actions' : 'form__actions'}>
      {children}
      {onCancel ? (
        <button type="button" className={`btn${size}`} onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      ) : null}
      <button type="submit" className={`btn${size} btn--primary`} disabled={busy}>
        {busy ? (busyLabel ?? submitLabel) : submitLabel}
      </button>
    </div>
  );
}
