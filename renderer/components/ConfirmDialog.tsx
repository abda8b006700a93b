import type { ReactNode } from 'react';
import { Modal } from './Modal';

type Props = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
};

/** A modal confirmation: `Modal` with a message and Cancel / Confirm (focus starts on Confirm). */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, busy, danger, onConfirm, onCancel }: Props) {
  return (
    <Modal title={title} titleId="confirm-dialog-title" busy={busy} onClose={onCancel}>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={danger ? 'btn btn--danger' : 'btn btn--primary'}
          onClick={onConfirm}
          disabled={busy}
          data-autofocus
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
