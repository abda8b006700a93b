import type { ReactNode } from 'react';

/** A snippet with its matched ranges in <mark>. */
export function HighlightedSnippet({ text, highlights }: { text: string; highlights: readonly [number, number][] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  [...highlights]
    .sort((a, b) => a[0] - b[0])
    .forEach(([s, e], i) => {
      if (s < at) return;
      if (s > at) parts.push(text.slice(at, s));
      parts.push(<mark key={i}>{text.slice(s, e)}</mark>);
      at = e;
    });
  if (at < text.length) parts.push(text.slice(at));
  return <span className="ms-snippet">{parts}</span>;
}
