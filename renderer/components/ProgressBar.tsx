/** Determinate progress 0..1 with a visible caption. */
export function ProgressBar({ label, fraction, caption }: { label: string; fraction: number; caption: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div className="progress">
      <div className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className="progress__fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="progress__caption">
        {caption} ({pct}%)
      </span>
    </div>
  );
}
