import type { TallyResult } from '../../../shared/voting/tally';
import { resultRows } from './vote-view';
import './voting.css';

type Props = { tally: TallyResult; label: string; size?: 'normal' | 'big' };

/**
 * Horizontal bars, one per option, length = count / N (so the bars of a rule on N never mislead: an
 * empty part of the scale means "not in favour"), with the threshold marked. Pure SVG: scales to any
 * projector without canvas or a chart library.
 */
export function ResultChart({ tally, label, size = 'normal' }: Props) {
  const rows = resultRows(tally);
  // Each option on two lines (label above its bar) so the text stays large when the chart is narrow: at the
  // chart's minimum width (voting.css) a 42-unit label is still above 13 CSS px.
  const labelH = 52;
  const barH = 40;
  const gap = 18;
  const rowH = labelH + barH + gap;
  const barW = 660; // of 1000 units; the value follows the bar
  const height = rows.length * rowH + 40;
  const threshold = tally.n > 0 ? Math.min(1, tally.required / tally.n) : 0;
  const thresholdX = barW * threshold;
  return (
    <figure className={`result-chart result-chart--${size}`} data-testid="result-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 1000 ${height}`} preserveAspectRatio="xMinYMin meet" width="100%">
        {rows.map((r, i) => {
          const y = i * rowH;
          return (
            <g key={r.id} className={r.favour ? 'result-chart__row result-chart__row--favour' : 'result-chart__row'}>
              <text x={0} y={y + labelH / 2} dominantBaseline="central" className="result-chart__label">
                {r.label}
              </text>
              <rect x={0} y={y + labelH} width={barW} height={barH} className="result-chart__track" rx={4} />
              <rect x={0} y={y + labelH} width={Math.max(r.count > 0 ? 4 : 0, barW * r.share)} height={barH} className="result-chart__bar" rx={4} />
              <text x={barW + 16} y={y + labelH + barH / 2} dominantBaseline="central" className="result-chart__value">
                {`${r.count} · ${r.percentOfN} %`}
              </text>
            </g>
          );
        })}
        <line x1={thresholdX} x2={thresholdX} y1={0} y2={height - 36} className="result-chart__threshold" />
        <text x={Math.min(Math.max(thresholdX, 60), barW - 60)} y={height - 8} textAnchor="middle" className="result-chart__threshold-label">
          {`${tally.required}/${tally.n}`}
        </text>
      </svg>
    </figure>
  );
}
