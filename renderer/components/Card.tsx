import type { ReactNode } from 'react';

type Props = {
  /** The card's heading (h2), named by `headingId` when given. */
  title?: ReactNode;
  headingId?: string;
  /** A small line above the heading (phase, kind of vote). */
  eyebrow?: ReactNode;
  /** Names the card when it has no heading of its own, or its heading is part of `children`. */
  label?: string;
  labelledBy?: string;
  /** Drawn with a strong border: it asks for the reader's action (an open vote). */
  emphasis?: boolean;
  testId?: string;
  as?: 'section' | 'div';
  children?: ReactNode;
};

/** A card on the live screens' side column (and in the chair's console). */
export function Card({ title, headingId, eyebrow, label, labelledBy, emphasis, testId, as: Tag = 'section', children }: Props) {
  return (
    <Tag
      className={emphasis ? 'live-card live-card--vote' : 'live-card'}
      aria-label={label}
      aria-labelledby={labelledBy ?? (title !== undefined ? headingId : undefined)}
      data-testid={testId}
    >
      {eyebrow !== undefined ? <p className="live-card__eyebrow">{eyebrow}</p> : null}
      {title !== undefined ? (
        <h2 id={headingId} className="live-card__title">
          {title}
        </h2>
      ) : null}
      {children}
    </Tag>
  );
}
