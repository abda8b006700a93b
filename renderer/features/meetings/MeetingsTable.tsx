import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingSummary } from '../../../shared/model/types';
import { formatDateVi } from '../../../shared/util/dates';
import { Badge } from '../../components/Badge';
import { useI18n } from '../../app/i18n';
import { bodyName, meetingTypeName, statusKey } from '../../app/labels';
import { formatRoute } from '../../app/route';
import './meetings.css';

export function MeetingsTable({ meetings, onOpen }: { meetings: MeetingSummary[]; onOpen(id: MeetingId): void }) {
  const { t, locale } = useI18n();
  return (
    <table className="table meetings-table">
      <thead>
        <tr>
          <th scope="col">{t('meetings.col.title')}</th>
          <th scope="col">{t('meetings.col.body')}</th>
          <th scope="col">{t('meetings.col.date')}</th>
          <th scope="col">{t('meetings.col.place')}</th>
          <th scope="col">{t('meetings.col.status')}</th>
          <th scope="col">{t('meetings.col.counts')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id} data-testid="meeting-row">
            <td>
              <a
                className="meetings-table__title"
                href={formatRoute({ kind: 'meeting', meetingId: m.id, tab: 'agenda' })}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(m.id);
                }}
              >
                {m.title}
              </a>
              <div className="muted small">{meetingTypeName(m.bodyKind, m.meetingType, locale)}</div>
            </td>
            <td>{bodyName(m.bodyKind, locale)}</td>
            <td className="nowrap">
              {formatDateVi(m.date)}
              {m.time ? <div className="muted small">{m.time}</div> : null}
            </td>
            <td>{m.place}</td>
            <td>
              <Badge tone={m.status === 'published' ? 'published' : 'draft'}>{t(statusKey(m.status))}</Badge>
            </td>
            <td className="nowrap">{t('meetings.counts', { docs: m.documentCount, people: m.participantCount })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
