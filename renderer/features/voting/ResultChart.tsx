import type { TallyResult } from '../../../shared/voting/tally';
import { localDecimal } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';
import { resultRows } from './vote-view';
import './voting.css';

type Props = { tally: TallyResult; label: string; size?: 'normal' | 'big' };

/**
 * Horizontal bars, one per option, length = count / N (so the bars of a rule on N never mislead: an
 * empty part of the scale means "not in favour"), with the threshold marked. Pure SVG: scales to any
 * projector without canvas or a chart library.
 */
export function ResultChart({ tally, label, size = 'normal' }: Props) {
  const { locale } = useI18n();
  const rows = resultRows(tally);
  const rowH = 44;
  const gap = 14;
  const labelW = 34; // percent of the width for the option label
  const barW = 48; // percent of the width for the bar itself
  const height = rows.length * (rowH + gap) + 24;
  const threshold = tally.n > 0 ? Math.min(1, tally.required / tally.n) : 0;
  const thresholdX = labelW + barW * threshold;
  return (
    <figure className={`result-chart result-chart--${size}`}>
      <svg role="img" aria-label={label} viewBox={`0 0 1000 ${height}`} preserveAspectRatio="xMinYMin meet" width="100%">
        {rows.map((r, i) => {
          const y = i * (rowH + gap);
          return (
            <g key={r.id} className={r.favour ? 'result-chart__row result-chart__row--favour' : 'result-chart__row'}>
              <text x={0} y={y + rowH / 2} dominantBaseline="central" className="result-chart__label">
                {r.label}
              </text>
              <rect x={`${labelW * 10}`} y={y} width={barW * 10} height={rowH} className="result-chart__track" rx={4} />
              <rect x={`${labelW * 10}`} y={y} width={Math.max(r.count > 0 ? 4 : 0, barW * 10 * r.share)} height={rowH} className="result-chart__bar" rx={4} />
              <text x={(labelW + barW) * 10 + 16} y={y + rowH / 2} dominantBaseline="central" className="result-chart__value">
                {`${r.count} · ${localDecimal(locale, r.percentOfN)} %`}
              </text>
            </g>
          );
        })}
        <line x1={thresholdX * 10} x2={thresholdX * 10} y1={-4} y2={height - 20} className="result-chart__threshold" />
        <text x={thresholdX * 10} y={height - 4} textAnchor="middle" className="result-chart__threshold-label">
          {`${tally.required}/${tally.n}`}
        </text>
      </svg>
    </figure>
  );
}
