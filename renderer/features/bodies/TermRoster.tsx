import { useState, type FormEvent } from 'react';
import type { MembershipInput } from '../../../shared/ipc/slices/bodies';
import type { BodyRoster, Membership, MembershipEndKind } from '../../../shared/model/roster';
import { MEMBERSHIP_END_KINDS } from '../../../shared/model/roster';
import { formatDateVi, parseDateVi } from '../../../shared/util/dates';
import { computeDenominator, summarizeDenominator } from '../../../shared/voting/denominator';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { standing, vietnamToday } from './body-view';
import { RosterImport } from './RosterImport';

const PERMANENT: readonly MembershipEndKind[] = ['resigned', 'dismissed', 'died', 'transferred'];

/** One term's members with their standing today, N today, recording an end, and the CSV import. */
export function TermRoster({ roster, onChange }: { roster: BodyRoster; onChange(r: BodyRoster): void }) {
  const { t, locale } = useI18n();
  const [ending, setEnding] = useState<Membership | null>(null);
  const today = vietnamToday();
  // The permanent ends always reduce N; the rules in force may exclude more (the relay applies them).
  const n = computeDenominator(roster, today, PERMANENT, null);
  return (
    <section aria-labelledby="term-roster-heading" data-testid="term-roster">
      <h3 id="term-roster-heading" className="section-title">
        {t('bodies.roster', { term: `${roster.body.name} — ${roster.term.label}` })}
      </h3>
      <p data-testid="term-n">{t('bodies.nToday', { summary: summarizeDenominator(n, locale) })}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('bodies.col.name')}</th>
            <th scope="col">{t('bodies.col.position')}</th>
            <th scope="col">{t('bodies.col.start')}</th>
            <th scope="col">{t('bodies.col.standing')}</th>
            <th scope="col">{t('att.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {roster.memberships.map((m) => {
            const s = standing(m, today);
            return (
              <tr key={m.id} data-testid="membership-row">
                <th scope="row">
                  {m.fullName}
                  {m.isHead ? <span className="small muted"> · {t('bodies.head')}</span> : null}
                </th>
                <td>{m.position}</td>
                <td>
                  {formatDateVi(m.startDate)} · {t(`roster.start.${m.startKind}`)}
                  {m.formerBody ? <span className="small muted"> ({m.formerBody})</span> : null}
                </td>
                <td>
                  {s.kind === 'in_office'
                    ? t('bodies.inOffice')
                    : s.kind === 'not_started'
                      ? t('bodies.notStarted')
                      : t('bodies.out', { what: t(`roster.end.${s.endKind}`), date: formatDateVi(s.since) })}
                  {m.endReason ? <span className="small muted"> — {m.endReason}</span> : null}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={t('bodies.recordEndFor', { name: m.fullName })}
                    onClick={() => setEnding(m)}
                  >
                    {t('bodies.recordEnd')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <RosterImport termId={roster.term.id} onImported={onChange} />
      {ending ? (
        <EndDialog roster={roster} member={ending} onClose={() => setEnding(null)} onSaved={(r) => (setEnding(null), onChange(r))} />
      ) : null}
    </section>
  );
}

function EndDialog({
  roster,
  member,
  onClose,
  onSaved,
}: {
  roster: BodyRoster;
  member: Membership;
  onClose(): void;
  onSaved(r: BodyRoster): void;
}) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { busy, error, setError, run } = useAction();
  const [kind, setKind] = useState<MembershipEndKind>(member.endKind ?? 'resigned');
  const [date, setDate] = useState(member.endDate ? formatDateVi(member.endDate) : '');
  const [reason, setReason] = useState(member.endReason ?? '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const iso = parseDateVi(date);
    if (!iso) {
      setError({ code: 'invalid_input', message: t('bodies.badDate') });
      return;
    }
    const { userId: _u, termId: _t, ...rest } = member;
    const membership: MembershipInput = {
      ...rest,
      username: null,
      endKind: kind,
      endDate: iso,
      endReason: reason.trim() || null,
      liftedOn: null,
    };
    // username null keeps the membership's account link
    const r = await run(() => api.invoke('bodies:membership-save', { termId: roster.term.id, membership }));
    if (r) onSaved(r.value);
  };
  return (
    <Modal title={t('bodies.recordEndFor', { name: member.fullName })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('bodies.endKind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as MembershipEndKind)}>
            {MEMBERSHIP_END_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`roster.end.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('bodies.endDate')}>
          <input inputMode="numeric" placeholder="dd/mm/yyyy" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label={t('bodies.endReason')}>
          <input value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
