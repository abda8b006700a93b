import { useEffect, useState, type FormEvent } from 'react';
import type { BodyWithTerms } from '../../../shared/ipc/slices/bodies';
import type { BodyRoster, BodyType, TermId } from '../../../shared/model/roster';
import { BODY_TYPES } from '../../../shared/model/roster';
import { parseDateVi } from '../../../shared/util/dates';
import type { AppError } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { TermRoster } from './TermRoster';

/** `#/bodies`: the secretariat's bodies and terms; pick a term to maintain its members. */
export function BodiesScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [list, setList] = useState<BodyWithTerms[] | null>(null);
  const [termId, setTermId] = useState<TermId | null>(null);
  const [roster, setRoster] = useState<BodyRoster | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  useEffect(() => {
    let live = true;
    void api.invoke('bodies:list').then((r) => {
      if (!live) return;
      if (r.ok) setList(r.value);
      else setLoadError(r.error);
    });
    return () => void (live = false);
  }, [api]);
  useEffect(() => {
    if (!termId) return;
    let live = true;
    void api.invoke('bodies:roster', { termId }).then((r) => {
      if (!live) return;
      if (r.ok) setRoster(r.value);
      else setLoadError(r.error);
    });
    return () => void (live = false);
  }, [api, termId]);

  return (
    <main className="page" aria-labelledby="bodies-heading" data-testid="bodies-screen">
      <button type="button" className="link-btn" onClick={onBack}>
        ← {t('common.back')}
      </button>
      <h1 id="bodies-heading" className="page__title">
        {t('bodies.title')}
      </h1>
      <p className="hint">{t('bodies.intro')}</p>
      {loadError ? <Alert tone="error">{errorText(loadError)}</Alert> : null}
      {list && list.length === 0 ? <p className="empty">{t('bodies.none')}</p> : null}
      <ul className="bodies__list">
        {(list ?? []).flatMap((b) =>
          b.terms.map((term) => (
            <li key={term.id}>
              <button
                type="button"
                className={term.id === termId ? 'chip chip--on' : 'chip'}
                aria-pressed={term.id === termId}
                onClick={() => setTermId(term.id)}
              >
                {b.body.name} — {term.label}
              </button>
            </li>
          )),
        )}
      </ul>
      {roster && roster.term.id === termId ? <TermRoster roster={roster} onChange={setRoster} /> : null}
      <CreateBody onCreated={setList} />
    </main>
  );
}

function CreateBody({ onCreated }: { onCreated(list: BodyWithTerms[]): void }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { busy, error, setError, run } = useAction();
  const [type, setType] = useState<BodyType>('hdnd');
  const [level, setLevel] = useState<'tinh' | 'xa'>('tinh');
  const [name, setName] = useState('');
  const [label, setLabel] = useState('');
  const [start, setStart] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const startDate = parseDateVi(start);
    if (!startDate) {
      setError({ code: 'invalid_input', message: t('bodies.badDate') });
      return;
    }
    const r = await run(() =>
      api.invoke('bodies:create', { type, level, name, parentId: null, term: { label, startDate, endDate: null } }),
    );
    if (r) onCreated(r.value);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="body-create-heading">
      <h2 id="body-create-heading" className="section-title">
        {t('bodies.create')}
      </h2>
      <Field label={t('bodies.type')}>
        <select value={type} onChange={(e) => setType(e.target.value as BodyType)}>
          {BODY_TYPES.map((b) => (
            <option key={b} value={b}>
              {t(`bodies.type.${b}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('bodies.level')}>
        <select value={level} onChange={(e) => setLevel(e.target.value === 'xa' ? 'xa' : 'tinh')}>
          <option value="tinh">{t('bodies.level.tinh')}</option>
          <option value="xa">{t('bodies.level.xa')}</option>
        </select>
      </Field>
      <Field label={t('bodies.name')}>
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('bodies.termLabel')}>
        <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
      </Field>
      <Field label={t('bodies.termStart')}>
        <input inputMode="numeric" placeholder="dd/mm/yyyy" value={start} onChange={(e) => setStart(e.target.value)} />
      </Field>
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('bodies.create')}
        </button>
      </div>
    </form>
  );
}
