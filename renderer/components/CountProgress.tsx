/**
 * Progress as a count ("4/5 ballots"): a bar whose value is `done` of `of`, and the caption as given. Votes and
 * election rounds show their ballots returned with it.
 */
export function CountProgress({
  label,
  done,
  of,
  caption,
  testId,
}: {
  label: string;
  done: number;
  of: number;
  caption: string;
  testId: string;
}) {
  const pct = of > 0 ? Math.round(Math.min(1, done / of) * 100) : 0;
  return (
    <div className="count-progress">
      <div className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={of} aria-valuenow={done}>
        <div className="progress__fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="count-progress__caption" data-testid={testId}>
        {caption}
      </span>
    </div>
  );
}
