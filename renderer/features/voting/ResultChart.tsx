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
  // In a card (normal) each option takes two lines, label above its bar, so the text stays large when the
  // chart is narrow: at its minimum width (voting.css) a 42-unit label is still above 13 CSS px. On the big
  // screen (wide, sized to the window) label, bar and value share one line.
  const inline = size === 'big';
  const labelH = inline ? 0 : 52;
  const barH = inline ? 44 : 40;
  const gap = inline ? 14 : 18;
  const rowH = labelH + barH + gap;
  const barX = inline ? 340 : 0;
  const barW = inline ? 480 : 660; // of 1000 units; the value follows the bar
  const height = rows.length * rowH + 40;
  const threshold = tally.n > 0 ? Math.min(1, tally.required / tally.n) : 0;
  const thresholdX = barX + barW * threshold;
  return (
    <figure className={`result-chart result-chart--${size}`} data-testid="result-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 1000 ${height}`} preserveAspectRatio="xMinYMin meet" width="100%">
        {rows.map((r, i) => {
          const y = i * rowH;
          const barY = y + labelH;
          return (
            <g key={r.id} className={r.favour ? 'result-chart__row result-chart__row--favour' : 'result-chart__row'}>
              <text x={0} y={inline ? barY + barH / 2 : y + labelH / 2} dominantBaseline="central" className="result-chart__label">
                {r.label}
              </text>
              <rect x={barX} y={barY} width={barW} height={barH} className="result-chart__track" rx={4} />
              <rect
                x={barX}
                y={barY}
                width={Math.max(r.count > 0 ? 4 : 0, barW * r.share)}
                height={barH}
                className="result-chart__bar"
                rx={4}
              />
              <text x={barX + barW + 16} y={barY + barH / 2} dominantBaseline="central" className="result-chart__value">
                {`${r.count} · ${localDecimal(locale, r.percentOfN)} %`}
              </text>
            </g>
          );
        })}
        <line x1={thresholdX} x2={thresholdX} y1={0} y2={height - 36} className="result-chart__threshold" />
        <text
          x={Math.min(Math.max(thresholdX, barX + 60), barX + barW - 60)}
          y={height - 8}
          textAnchor="middle"
          className="result-chart__threshold-label"
        >
          {`${tally.required}/${tally.n}`}
        </text>
      </svg>
    </figure>
  );
}
