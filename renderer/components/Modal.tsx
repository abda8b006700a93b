import { useEffect, useRef, type ReactNode } from 'react';

/** A modal <dialog>: the browser traps focus and handles Esc; Esc calls onClose unless busy. */
export function Modal({ title, busy, onClose, children, wide }: { title: string; busy?: boolean; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 className="dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
