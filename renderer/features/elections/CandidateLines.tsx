import type { CandidateSource } from '../../../shared/meeting-live/election-commands';
import { CANDIDATE_SOURCES, ELECTION_LIMITS } from '../../../shared/meeting-live/election-commands';
import { assertNever } from '../../../shared/util/result';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';
import { moveLine, newLine, type CandidateLine } from './prepare-form';
import './election-prepare.css';

export type MemberOption = { userId: string; fullName: string };

type Props = {
  lines: CandidateLine[];
  members: readonly MemberOption[];
  canAdd: boolean;
  onChange(lines: CandidateLine[]): void;
};

export function sourceKey(source: CandidateSource): MessageKey {
  switch (source) {
    case 'list':
      return 'eui.source.list';
    case 'floor':
      return 'eui.source.floor';
    default:
      return assertNever(source, 'candidate source');
  }
}

/** The candidate list being prepared: one line per name (account, source, floor agreement); add, remove, reorder. */
export function CandidateLines({ lines, members, canAdd, onChange }: Props) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<CandidateLine>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <>
      <div className="candidate-lines__head" aria-hidden="true">
        <span>{t('eui.prep.colName')}</span>
        <span>{t('eui.prep.colAccount')}</span>
        <span>{t('eui.prep.colSource')}</span>
      </div>
      <ol className="candidate-lines" data-testid="candidate-lines">
        {lines.map((l, i) => {
          const n = i + 1;
          return (
            <li key={l.key} className="candidate-line" data-testid="candidate-line">
              <span className="candidate-line__no" aria-hidden="true">
                {n}.
              </span>
              <div className="candidate-line__fields">
                <input
                  aria-label={t('eui.prep.lineName', { n })}
                  placeholder={t('eui.prep.namePlaceholder')}
                  value={l.fullName}
                  maxLength={ELECTION_LIMITS.NAME_MAX_CHARS}
                  onChange={(e) => set(i, { fullName: e.target.value })}
                />
                <select
                  aria-label={t('eui.prep.lineAccount', { n })}
                  value={l.accountId}
                  onChange={(e) => {
                    const m = members.find((x) => x.userId === e.target.value);
                    set(i, { accountId: e.target.value, ...(m && !l.fullName.trim() ? { fullName: m.fullName } : {}) });
                  }}
                >
                  <option value="">{t('eui.prep.noAccount')}</option>
                  {members.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.fullName}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('eui.prep.lineSource', { n })}
                  value={l.source}
                  onChange={(e) => set(i, { source: e.target.value as CandidateSource })}
                >
                  {CANDIDATE_SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {t(sourceKey(s))}
                    </option>
                  ))}
                </select>
                {l.source === 'floor' ? (
                  <div className="candidate-line__floor">
                    <label className="candidate-line__count">
                      {t('eui.prep.agree')}
                      <input
                        inputMode="numeric"
                        className="num-input"
                        value={l.agree}
                        onChange={(e) => set(i, { agree: e.target.value })}
                      />
                    </label>
                    <label className="candidate-line__count">
                      {t('eui.prep.base')}
                      <input inputMode="numeric" className="num-input" value={l.base} onChange={(e) => set(i, { base: e.target.value })} />
                    </label>
                  </div>
                ) : null}
              </div>
              <div className="candidate-line__actions">
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('eui.prep.up', { n })}
                  title={t('eui.prep.up', { n })}
                  disabled={i === 0}
                  onClick={() => onChange(moveLine(lines, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('eui.prep.down', { n })}
                  title={t('eui.prep.down', { n })}
                  disabled={i === lines.length - 1}
                  onClick={() => onChange(moveLine(lines, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('eui.prep.remove', { n })}
                  title={t('eui.prep.remove', { n })}
                  disabled={lines.length <= 1}
                  onClick={() => onChange(lines.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {canAdd ? (
        <button type="button" className="btn btn--small" onClick={() => onChange([...lines, newLine()])}>
          {t('eui.prep.addLine')}
        </button>
      ) : null}
    </>
  );
}
