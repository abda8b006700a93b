import type { ReactNode } from 'react';

type Tone = 'neutral' | 'draft' | 'published' | 'secret' | 'muted' | 'info';

export function Badge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
