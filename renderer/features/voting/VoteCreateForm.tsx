import type { AppError } from '../../../shared/util/result';
import { useState, type FormEvent } from 'react';
import type { VoteKind } from '../../../shared/meeting-live/commands';
import { DEFAULT_VOTE_OPTIONS, LIMITS, VOTE_KINDS } from '../../../shared/meeting-live/commands';
import type { RuleSetView } from '../../../shared/meeting-live/live-state';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useI18n } from '../../app/i18n';
import { buildTree, flatten } from '../agenda/agenda-tree';
import { voteKindLabel } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { buildVoteOpen, canAddOption, canRemoveOption, defaultVoteForm, type VoteForm } from './vote-view';
import { FormActions } from '../../components/FormActions';
import './voting.css';

type Props = { rules: RuleSetView | null; agenda: readonly AgendaItem[]; currentItemId: AgendaItemId | null };

/**
 * The chair creates a vote: item, question, kind, options (the body's ballot labels in force), passing rule
 * among the rules in force for the body on the meeting date (from the relay, with their citations).
 */
export function VoteCreateForm({ rules, agenda, currentItemId }: Props) {
  const { t, locale, errorText } = useI18n();
  const passing = rules?.passing ?? [];
  const labels = rules ? rules.labels.map((l) => l.vi) : [...DEFAULT_VOTE_OPTIONS];
  const [form, setForm] = useState<VoteForm>(() => defaultVoteForm(currentItemId, passing[0]?.id ?? '', labels));
  const [formError, setFormError] = useState<AppError | null>(null);
  const cmd = useCommand();
  const rule = passing.find((r) => r.id === form.ruleId);
  const items = flatten(buildTree(agenda));
  const set = (patch: Partial<VoteForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildVoteOpen(form);
    if (!built.ok) {
      setFormError(built.error);
      return;
    }
    setFormError(null);
    const ack = await cmd.send(built.value);
    if (ack) setForm(defaultVoteForm(form.agendaItemId || currentItemId, form.ruleId, labels));
  };

  return (
    <form className="form vote-form" onSubmit={submit} noValidate aria-labelledby="vote-form-heading" data-testid="vote-form">
      <h3 id="vote-form-heading" className="section-title">
        {t('vote.create')}
      </h3>
      <Field label={t('vote.item')}>
        <select name="agendaItemId" value={form.agendaItemId} onChange={(e) => set({ agendaItemId: e.target.value as AgendaItemId | '' })}>
          <option value="">{t('vote.chooseItem')}</option>
          {items.map((n) => (
            <option key={n.item.id} value={n.item.id}>
              {n.number}. {n.item.title}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('vote.question')}>
        <textarea
          name="question"
          rows={2}
          maxLength={LIMITS.QUESTION_MAX_CHARS}
          placeholder={t('vote.questionPlaceholder')}
          value={form.question}
          onChange={(e) => set({ question: e.target.value })}
        />
      </Field>
      <fieldset className="fieldset">
        <legend>{t('vote.kindLabel')}</legend>
        <div className="radio-row">
          {VOTE_KINDS.map((k: VoteKind) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={form.kind === k} onChange={() => set({ kind: k })} />
              {voteKindLabel(k, locale)}
            </label>
          ))}
        </div>
      </fieldset>
      {rule?.options ? (
        <fieldset className="fieldset" data-testid="vote-fixed-options">
          <legend>{t('vote.options')}</legend>
          <ol className="vote-form__options">
            {rule.options.map((o) => (
              <li key={o.vi}>{o[locale]}</li>
            ))}
          </ol>
          <p className="hint">{t('vote.fixedOptions', { option: rule.options[rule.decidingOption ?? 0]?.[locale] ?? '' })}</p>
        </fieldset>
      ) : (
        <fieldset className="fieldset">
          <legend>{t('vote.options')}</legend>
          <ol className="vote-form__options">
            {form.options.map((o, i) => (
              <li key={i}>
                <span className="vote-form__num" aria-hidden="true">
                  {i + 1}.
                </span>
                <input
                  aria-label={t('vote.optionN', { n: i + 1 })}
                  value={o}
                  maxLength={LIMITS.OPTION_LABEL_MAX_CHARS}
                  onChange={(e) => set({ options: form.options.map((x, j) => (j === i ? e.target.value : x)) })}
                />
                {canRemoveOption(form) ? (
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('vote.removeOption', { n: i + 1 })}
                    title={t('vote.removeOption', { n: i + 1 })}
                    onClick={() => set({ options: form.options.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
          <p className="hint">{t('vote.favourNote')}</p>
          <div className="vote-form__option-actions">
            {canAddOption(form) ? (
              <button type="button" className="btn btn--small" onClick={() => set({ options: [...form.options, ''] })}>
                {t('vote.addOption')}
              </button>
            ) : null}
            <button type="button" className="btn btn--small btn--ghost" onClick={() => set({ options: [...labels] })}>
              {t('vote.resetOptions')}
            </button>
          </div>
        </fieldset>
      )}
      <Field label={t('vote.rule')}>
        <select
          name="ruleId"
          value={form.ruleId}
          onChange={(e) => {
            // A question with its own ballot (bỏ phiếu tín nhiệm) takes the rule's options.
            const next = passing.find((r) => r.id === e.target.value);
            set({
              ruleId: e.target.value,
              ...(next?.options ? { options: next.options.map((o) => o.vi) } : {}),
              ...(next?.secretOnly ? { kind: 'secret' as const } : {}),
            });
          }}
        >
          {passing.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label[locale]}
            </option>
          ))}
        </select>
      </Field>
      {rule ? <p className="vote-form__basis">{t('result.basis', { text: rule.legalBasis })}</p> : null}
      {rule?.citation?.needsLegalConfirmation ? <p className="hint hint--warn">{t('rule.needsConfirmation')}</p> : null}
      <p className="hint">{t('vote.quorumNote')}</p>
      {formError ? <Alert tone="error">{errorText(formError)}</Alert> : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      <FormActions submitLabel={t('vote.openButton')} busyLabel={t('vote.opening')} busy={cmd.busy} />
    </form>
  );
}
