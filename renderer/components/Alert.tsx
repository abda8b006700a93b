import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'info' | 'warning';

/** Errors are announced immediately (role=alert); other notices politely (role=status). */
export function Alert({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <strong className="alert__title">{title}</strong> : null}
      <div className="alert__body">{children}</div>
    </div>
  );
}
