import type { ElectionRoundView, ElectionView } from '../../../shared/meeting-live/election-state';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../app/i18n';
import { formatTime } from '../live/labels';
import { boardRows } from './election-view';
import './election-count.css';

/** The counting board (Ban kiểm phiếu) in signing order, a tick and the time by each member who confirmed. */
export function BoardConfirmations({ election, round }: { election: ElectionView; round: ElectionRoundView }) {
  const { t, locale } = useI18n();
  const { rows, confirmed } = boardRows(election, round);
  return (
    <div className="election-board" data-testid="board-confirmations">
      <h4 className="election-board__title">{t('eui.board.title', { confirmed, of: rows.length })}</h4>
      <ul className="election-board__list">
        {rows.map((r) => (
          <li key={r.userId} className={r.confirmedAt !== null ? 'election-board__row election-board__row--done' : 'election-board__row'}>
            <span className="election-board__tick" aria-hidden="true">
              {r.confirmedAt !== null ? <Icon name="check" size={18} /> : null}
            </span>
            <span className="election-board__name">{r.fullName}</span>
            <span className="election-board__state" data-testid="board-state">
              {r.confirmedAt !== null ? t('eui.board.confirmedAt', { time: formatTime(r.confirmedAt, locale) }) : t('eui.board.waiting')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
