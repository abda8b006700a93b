import { useState, type FormEvent } from 'react';
import type { AttendanceStatus } from '../../../shared/meeting-live/commands';
import { LIMITS } from '../../../shared/meeting-live/commands';
import type { AttendanceView, MemberAttendance } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../app/i18n';
import { roleKey } from '../../app/labels';
import { attendanceKey, formatTime } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { filterMembers, sortMembers, STATUS_ORDER, type StatusFilter } from './attendance-view';
import { QuorumMeter } from './QuorumMeter';
import './attendance.css';

type Props = { attendance: AttendanceView; canMark: boolean };

/** Attendance for the chair and the secretariat: live quorum, counts, the member list; the secretariat records status. */
export function AttendancePanel({ attendance, canMark }: Props) {
  const { t, locale, errorText } = useI18n();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [excusing, setExcusing] = useState<MemberAttendance | null>(null);
  const cmd = useCommand();
  const c = attendance.counts;
  const members = attendance.members ? filterMembers(sortMembers(attendance.members), query, filter) : null;

  const mark = (m: MemberAttendance, status: AttendanceStatus, reason?: string) =>
    cmd.send(
      reason === undefined
        ? { type: 'attendance:set', userId: m.userId, status }
        : { type: 'attendance:set', userId: m.userId, status, reason },
    );

  const filters: StatusFilter[] = ['all', ...STATUS_ORDER, 'offline'];
  return (
    <section aria-labelledby="attendance-heading" data-testid="attendance-panel">
      <h2 id="attendance-heading" className="page__subtitle">
        {t('att.title')}
      </h2>
      <QuorumMeter quorum={attendance.quorum} showBasis />
      <p className="attendance__counts" data-testid="attendance-counts">
        {t('att.counts', {
          counted: c.counted,
          laptop: c.checkedInLaptop,
          secretariat: c.checkedInSecretariat,
          presentOffline: c.presentOffline,
          absent: c.absent,
          excused: c.absentWithReason,
          notCheckedIn: c.notCheckedIn,
        })}
      </p>
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      {members === null ? (
        <p className="muted">{t('att.membersHidden')}</p>
      ) : (
        <>
          <div className="attendance__filters">
            <input
              type="search"
              className="attendance__search"
              aria-label={t('att.search')}
              placeholder={t('att.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <div className="chips" role="group" aria-label={t('att.col.status')}>
              {filters.map((f) => (
                <button
                  key={f}
                  type="button"
                  className={f === filter ? 'chip chip--on' : 'chip'}
                  aria-pressed={f === filter}
                  onClick={() => setFilter(f)}
                >
                  {f === 'all' ? t('att.filter.all') : f === 'offline' ? t('att.filter.offline') : t(attendanceKey(f))}
                </button>
              ))}
            </div>
          </div>
          {members.length === 0 ? (
            <p className="empty">{t('att.noMembers')}</p>
          ) : (
            <table className="table attendance__table">
              <thead>
                <tr>
                  <th scope="col">{t('att.col.name')}</th>
                  <th scope="col">{t('att.col.group')}</th>
                  <th scope="col">{t('att.col.status')}</th>
                  <th scope="col">{t('att.col.connection')}</th>
                  <th scope="col">{t('att.col.counted')}</th>
                  <th scope="col">{t('att.col.source')}</th>
                  {canMark ? <th scope="col">{t('att.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.userId} data-testid="attendance-row" data-user-id={m.userId}>
                    <th scope="row">
                      {m.fullName}
                      {m.role !== 'delegate' ? <span className="small muted"> · {t(roleKey(m.role))}</span> : null}
                    </th>
                    <td>{m.group}</td>
                    <td>
                      <span className={`att-status att-status--${m.status}`}>{t(attendanceKey(m.status))}</span>
                      {m.reason ? <span className="small muted"> — {m.reason}</span> : null}
                    </td>
                    <td className="attendance__nowrap">
                      <span className={m.online ? 'dot dot--online' : 'dot dot--offline'} aria-hidden="true" />{' '}
                      {m.counted && !m.online ? t('attendance.source.offline') : m.online ? t('att.online') : t('att.offline')}
                    </td>
                    <td className="attendance__nowrap" data-testid="attendance-counted">
                      {m.counted ? t('att.yes') : t('att.no')}
                    </td>
                    <td className="attendance__nowrap small" data-testid="attendance-source">
                      {m.source ? t(m.source === 'laptop' ? 'attendance.source.laptop' : 'attendance.source.secretariat') : ''}
                      {m.recordedAt ? ` · ${formatTime(m.recordedAt, locale)}` : ''}
                    </td>
                    {canMark ? (
                      <td>
                        <div className="attendance__actions">
                          <button
                            type="button"
                            className="btn btn--small"
                            disabled={cmd.busy || m.status === 'present'}
                            aria-label={t('att.markFor', { action: t('att.markPresent'), name: m.fullName })}
                            onClick={() => void mark(m, 'present')}
                          >
                            {t('att.markPresent')}
                          </button>
                          <button
                            type="button"
                            className="btn btn--small"
                            disabled={cmd.busy || m.status === 'absent'}
                            aria-label={t('att.markFor', { action: t('att.markAbsent'), name: m.fullName })}
                            onClick={() => void mark(m, 'absent')}
                          >
                            {t('att.markAbsent')}
                          </button>
                          <button
                            type="button"
                            className="btn btn--small"
                            disabled={cmd.busy}
                            aria-label={t('att.markFor', { action: t('att.markExcused'), name: m.fullName })}
                            onClick={() => setExcusing(m)}
                          >
                            {t('att.markExcused')}
                          </button>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {excusing ? (
        <ReasonDialog
          member={excusing}
          busy={cmd.busy}
          onCancel={() => setExcusing(null)}
          onSubmit={async (reason) => {
            const ack = await mark(excusing, 'absent_with_reason', reason);
            if (ack) setExcusing(null);
          }}
        />
      ) : null}
    </section>
  );
}

function ReasonDialog({
  member,
  busy,
  onCancel,
  onSubmit,
}: {
  member: MemberAttendance;
  busy: boolean;
  onCancel(): void;
  onSubmit(reason: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState(member.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(t('att.reasonRequired'));
      return;
    }
    void onSubmit(reason.trim());
  };
  return (
    <Modal title={t('att.reasonTitle', { name: member.fullName })} busy={busy} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('att.reason')}>
          <input value={reason} maxLength={LIMITS.REASON_MAX_CHARS} onChange={(e) => setReason(e.target.value)} autoFocus />
        </Field>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <FormActions inDialog submitLabel={t('common.save')} busy={busy} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
