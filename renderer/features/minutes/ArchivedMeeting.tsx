import type { ArchivedMeetingView } from '../../../shared/ipc/slices/record';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';

/** A meeting read from an imported archive: verification, agenda and documents, results, minutes; read only. */
export function ArchivedMeeting({ archive }: { archive: ArchivedMeetingView }) {
  const { t } = useI18n();
  const m = archive.minutes;
  return (
    <article className="archive-view" aria-labelledby="archive-title" data-testid="archive-view">
      <h2 id="archive-title" className="page__title">
        {archive.title}
      </h2>
      <p className="small">
        {archive.date} · {archive.place}
      </p>
      <Alert tone="info">{t('record.ui.readOnly')}</Alert>
      <section aria-labelledby="archive-checks">
        <h3 id="archive-checks" className="section-title">
          {t('record.ui.archiveChecks')}
        </h3>
        {archive.verified ? <Alert tone="success">{t('record.ui.verified')}</Alert> : null}
        <ul className="archive-checks" data-testid="archive-checks">
          {archive.checks.map((c, i) => (
            <li key={i} className={c.ok ? 'ok' : 'fail'}>
              {c.ok ? '✓' : '✗'} {t(c.key, c.params)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="archive-agenda">
        <h3 id="archive-agenda" className="section-title">
          {t('record.ui.archiveAgenda')}
        </h3>
        <ol className="archive-agenda">
          {archive.agenda.map((it) => (
            <li key={it.number}>
              <strong>
                {it.number}. {it.title}
              </strong>
              {it.presenter ? ` — ${it.presenter}` : ''}
              {it.documents.length ? (
                <ul>
                  {it.documents.map((d) => (
                    <li key={d.sha256} title={d.sha256}>
                      {t('record.ui.document', { title: d.title, version: d.version, pages: d.pages })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {it.conclusions.map((c, i) => (
                <p key={`c${i}`} className="archive-conclusion">
                  {t('record.ui.conclusionLine', { text: c })}
                </p>
              ))}
              {it.dissents.map((d, i) => (
                <p key={`d${i}`} className="archive-dissent">
                  {t('record.ui.dissentLine', { text: d })}
                </p>
              ))}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="archive-results">
        <h3 id="archive-results" className="section-title">
          {t('record.ui.archiveResults')}
        </h3>
        {archive.results.length === 0 ? <p className="small muted">{t('record.ui.noVotes')}</p> : null}
        {archive.results.map((r, i) => (
          <div key={i} className="archive-result" data-testid="archive-result">
            <p>
              <strong>{r.question}</strong>
              {r.passed === null ? '' : ` — ${t(r.passed ? 'record.ui.passed' : 'record.ui.failed')}`}
            </p>
            <ul>
              {r.options.map((o) => (
                <li key={o.label}>
                  {o.label}: {o.count ?? 0} ({o.percentOfN ?? '0,00'} %)
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="archive-minutes" data-testid="archive-minutes">
        <h3 id="archive-minutes" className="section-title">
          {t('record.ui.archiveMinutes')}
        </h3>
        <p className="minutes-editor__status" data-testid="minutes-status">
          {t('record.ui.edition', {
            version: m.version,
            status: t(m.status === 'final' ? 'record.ui.status.final' : 'record.ui.status.draft'),
          })}
        </p>
        {m.basedOn !== null ? <p className="small">{t('record.ui.revises', { version: m.basedOn, reason: m.reason ?? '' })}</p> : null}
        {m.sections.map((s) => (
          <div key={s.key} className="minutes-section">
            <p className="minutes-section__label">{s.label}</p>
            <p>{s.text}</p>
          </div>
        ))}
      </section>
    </article>
  );
}
