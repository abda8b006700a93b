import { useRef, useState, type KeyboardEvent } from 'react';
import type { ElectionCandidateView } from '../../../shared/meeting-live/election-state';
import { CONFIDENCE_LEVELS, confidenceLevelKey } from '../../../shared/voting/confidence';
import { useI18n } from '../../app/i18n';
import { markApproval, markLevel, nextIndex, toggleStrike, type BallotDraft } from './ballot-draft';

type Props = {
  candidates: readonly ElectionCandidateView[];
  draft: BallotDraft;
  disabled: boolean;
  onChange(draft: BallotDraft): void;
};

/**
 * The names of a strike-out ballot as on paper: every name stands until struck through. A name is a toggle
 * button (click, Space or Enter); ↑/↓ (and Home/End) move between names, only the focused name is in the tab
 * order.
 */
export function StrikeNames({ candidates, draft, disabled, onChange }: Props) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const struck = draft.kind === 'strike' ? draft.struck : [];
  const [focus, setFocus] = useState(0);
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = nextIndex(e.key, i, candidates.length);
    if (next === null) return;
    e.preventDefault();
    setFocus(next);
    refs.current[next]?.focus();
  };
  return (
    <ol className="paper-ballot__names" aria-label={t('eui.ballot.namesLabel')} data-testid="ballot-names">
      {candidates.map((c, i) => {
        const isStruck = struck.includes(c.id);
        return (
          <li key={c.id}>
            <button
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              className={isStruck ? 'paper-ballot__name paper-ballot__name--struck' : 'paper-ballot__name'}
              aria-pressed={isStruck}
              aria-label={t('eui.ballot.strikeName', { name: c.fullName })}
              tabIndex={i === Math.min(focus, candidates.length - 1) ? 0 : -1}
              disabled={disabled}
              onFocus={() => setFocus(i)}
              onKeyDown={(e) => onKey(e, i)}
              onClick={() => onChange(toggleStrike(draft, c.id))}
              data-testid="ballot-name"
              data-struck={isStruck ? 'true' : 'false'}
            >
              <span className="paper-ballot__no" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="paper-ballot__text">{c.fullName}</span>
              <span className="paper-ballot__mark" aria-hidden="true">
                {isStruck ? t('eui.ballot.struck') : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * One radio group per name, as on a paper ballot with a box per choice: agree/disagree, or the three confidence
 * levels. `picked` reads the draft, `pick` returns the next one.
 */
function MarkRows<M extends string>({
  candidates,
  disabled,
  group,
  choices,
  picked,
  pick,
  wide,
}: {
  candidates: readonly ElectionCandidateView[];
  disabled: boolean;
  group: string;
  choices: readonly { mark: M; label: string }[];
  picked(candidateId: string): M | null | undefined;
  pick(candidateId: string, mark: M): void;
  wide?: boolean;
}) {
  return (
    <ol className="paper-ballot__rows" data-testid="ballot-names">
      {candidates.map((c, i) => (
        <li key={c.id}>
          <fieldset className="paper-ballot__row" disabled={disabled}>
            <legend className="paper-ballot__row-name">
              <span className="paper-ballot__no">{i + 1}.</span> {c.fullName}
            </legend>
            <div className={wide ? 'paper-ballot__levels paper-ballot__levels--3' : 'paper-ballot__levels'}>
              {choices.map(({ mark, label }) => (
                <label key={mark} className="paper-ballot__level">
                  <input type="radio" name={`${group}-${c.id}`} checked={picked(c.id) === mark} onChange={() => pick(c.id, mark)} />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}

/** "Đồng ý / Không đồng ý" per name (a list with as many names as seats). */
export function ApprovalRows({ candidates, draft, disabled, onChange }: Props) {
  const { t } = useI18n();
  const marks = draft.kind === 'approval' ? draft.marks : {};
  return (
    <MarkRows
      candidates={candidates}
      disabled={disabled}
      group="approval"
      choices={[
        { mark: 'agree' as const, label: t('election.mark.agree') },
        { mark: 'disagree' as const, label: t('election.mark.disagree') },
      ]}
      picked={(id) => marks[id]}
      pick={(id, m) => onChange(markApproval(draft, id, m))}
    />
  );
}

/** A rating: one row per office-holder, three levels; a row left blank rates nobody. */
export function RatingRows({ candidates, draft, disabled, onChange }: Props) {
  const { t } = useI18n();
  const levels = draft.kind === 'rating' ? draft.levels : {};
  return (
    <MarkRows
      candidates={candidates}
      disabled={disabled}
      group="rating"
      choices={CONFIDENCE_LEVELS.map((level) => ({ mark: level, label: t(confidenceLevelKey(level)) }))}
      picked={(id) => levels[id]}
      pick={(id, level) => onChange(markLevel(draft, id, level))}
      wide
    />
  );
}
