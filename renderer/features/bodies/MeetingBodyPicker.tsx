import { useEffect, useState } from 'react';
import type { BodyWithTerms } from '../../../shared/ipc/slices/bodies';
import type { MeetingId } from '../../../shared/model/ids';
import type { TermId } from '../../../shared/model/roster';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';

/** The secretariat picks the body term a meeting belongs to: its roster, not the invitations, decides N. */
export function MeetingBodyPicker({ meetingId }: { meetingId: MeetingId }) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { busy, error, run } = useAction();
  const [list, setList] = useState<BodyWithTerms[]>([]);
  const [termId, setTermId] = useState<TermId | ''>('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    let live = true;
    void api.invoke('bodies:list').then((r) => live && r.ok && setList(r.value));
    void api.invoke('bodies:meeting-term', { meetingId }).then((r) => live && r.ok && setTermId(r.value.termId ?? ''));
    return () => void (live = false);
  }, [api, meetingId]);
  const pick = async (id: TermId | '') => {
    setSaved(false);
    setTermId(id);
    if (!id) return;
    const r = await run(() => api.invoke('bodies:set-meeting-term', { meetingId, termId: id }));
    if (r) setSaved(true);
  };
  return (
    <section className="card" aria-labelledby="meeting-body-heading" data-testid="meeting-body">
      <h3 id="meeting-body-heading" className="section-title">
        {t('bodies.meetingBody')}
      </h3>
      <p className="hint">{t('bodies.meetingBodyHelp')}</p>
      <Field label={t('bodies.meetingBody')}>
        <select value={termId} disabled={busy} onChange={(e) => void pick(e.target.value as TermId | '')}>
          <option value="">{t('bodies.meetingBodyNone')}</option>
          {list.flatMap((b) =>
            b.terms.map((term) => (
              <option key={term.id} value={term.id}>
                {b.body.name} — {term.label}
              </option>
            )),
          )}
        </select>
      </Field>
      {saved ? <p role="status">{t('bodies.saved')}</p> : null}
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
    </section>
  );
}
