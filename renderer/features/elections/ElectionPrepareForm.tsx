import { useState, type FormEvent } from 'react';
import { ELECTION_KINDS, ELECTION_LIMITS, type ElectionKind } from '../../../shared/meeting-live/election-commands';
import { ballotFormOf } from '../../../shared/meeting-live/election-state';
import type { AgendaItemId, UserId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../app/i18n';
import { buildTree, flatten } from '../agenda/agenda-tree';
import { useCommand } from '../live/useCommand';
import { CandidateLines, type MemberOption } from './CandidateLines';
import { buildPrepare, canAddLine, candidateAccounts, defaultPrepareForm, type PrepareForm } from './prepare-form';
import './election-prepare.css';

type Props = { agenda: readonly AgendaItem[]; currentItemId: AgendaItemId | null; members: readonly MemberOption[] };

/**
 * The secretariat prepares an election or a confidence rating on an agenda item: office, seats, the candidate
 * list and the counting board (members who are not candidates). The relay checks the rules (30 % extra
 * candidates for Party lists, floor nominations over 30 %) and its refusal is shown as it words it.
 */
export function ElectionPrepareForm({ agenda, currentItemId, members }: Props) {
  const { t, errorText } = useI18n();
  const [form, setForm] = useState<PrepareForm>(() => defaultPrepareForm(currentItemId));
  const [formError, setFormError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const cmd = useCommand();
  const items = flatten(buildTree(agenda));
  const set = (patch: Partial<PrepareForm>) => {
    setDone(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const taken = candidateAccounts(form);
  const seats = Number(form.seats);
  const rating = form.kind === 'rating';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildPrepare(form);
    if (!built.ok) {
      setFormError(built.error);
      return;
    }
    setFormError(null);
    const ack = await cmd.send(built.value);
    if (ack) {
      setForm(defaultPrepareForm(form.agendaItemId || currentItemId));
      setDone(true);
    }
  };

  return (
    <form
      className="form election-prepare"
      onSubmit={submit}
      noValidate
      aria-labelledby="election-prepare-heading"
      data-testid="election-prepare"
    >
      <h3 id="election-prepare-heading" className="section-title">
        {t('eui.prep.title')}
      </h3>
      <div className="form__grid">
        <Field label={t('vote.item')}>
          <select value={form.agendaItemId} onChange={(e) => set({ agendaItemId: e.target.value as AgendaItemId | '' })}>
            <option value="">{t('vote.chooseItem')}</option>
            {items.map((n) => (
              <option key={n.item.id} value={n.item.id}>
                {n.number}. {n.item.title}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="fieldset">
          <legend>{t('eui.prep.kind')}</legend>
          <div className="radio-row">
            {ELECTION_KINDS.map((k: ElectionKind) => (
              <label key={k} className="choice">
                <input type="radio" name="election-kind" checked={form.kind === k} onChange={() => set({ kind: k })} />
                {t(k === 'rating' ? 'eui.kind.rating' : 'eui.kind.election')}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t(rating ? 'eui.prep.ratingTitle' : 'eui.prep.office')} wide>
          <input
            value={form.office}
            maxLength={ELECTION_LIMITS.OFFICE_MAX_CHARS}
            placeholder={t(rating ? 'eui.prep.ratingPlaceholder' : 'eui.prep.officePlaceholder')}
            onChange={(e) => set({ office: e.target.value })}
          />
        </Field>
        {rating ? null : (
          <Field label={t('eui.prep.seats')}>
            <input
              type="number"
              min={1}
              max={ELECTION_LIMITS.SEATS_MAX}
              className="num-input"
              value={form.seats}
              onChange={(e) => set({ seats: e.target.value })}
            />
          </Field>
        )}
      </div>
      <fieldset className="fieldset">
        <legend>{t(rating ? 'eui.prep.holders' : 'eui.prep.candidates')}</legend>
        <CandidateLines
          lines={form.candidates}
          members={members}
          canAdd={canAddLine(form)}
          onChange={(candidates) => set({ candidates })}
        />
        {!rating && seats > 0 ? (
          <p className="hint" data-testid="prepare-form-hint">
            {t(ballotFormOf('election', form.candidates.length, seats) === 'approval' ? 'eui.prep.formApproval' : 'eui.prep.formStrike', {
              candidates: form.candidates.length,
              seats,
            })}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('election.record.board')}</legend>
        <p className="hint">{t('eui.prep.boardHint')}</p>
        <div className="choice-list board-picker">
          {members.map((m) => {
            const isCandidate = taken.has(m.userId);
            return (
              <label key={m.userId} className="choice">
                <input
                  type="checkbox"
                  disabled={isCandidate}
                  checked={!isCandidate && form.board.includes(m.userId as UserId)}
                  onChange={(e) =>
                    set({
                      board: e.target.checked ? [...form.board, m.userId as UserId] : form.board.filter((u) => u !== m.userId),
                    })
                  }
                />
                <span>
                  {m.fullName}
                  {isCandidate ? <span className="muted"> ({t('eui.prep.isCandidate')})</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {formError ? <Alert tone="error">{errorText(formError)}</Alert> : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      {done ? <Alert tone="success">{t('eui.prep.done')}</Alert> : null}
      <FormActions submitLabel={t('eui.prep.submit')} busyLabel={t('eui.prep.submitting')} busy={cmd.busy} />
    </form>
  );
}
