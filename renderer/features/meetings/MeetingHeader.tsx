import type { Meeting } from '../../../shared/model/types';
import { formatDateTimeVi, formatDateVi } from '../../../shared/util/dates';
import { Badge } from '../../components/Badge';
import { useI18n } from '../../app/i18n';
import { bodyName, meetingTypeName, statusKey } from '../../app/labels';
import { PublishButton } from './PublishButton';
import './meetings.css';

type Props = { meeting: Meeting; canEdit: boolean; onBack(): void; onPublished(): void };

export function MeetingHeader({ meeting, canEdit, onBack, onPublished }: Props) {
  const { t, locale } = useI18n();
  const date = formatDateVi(meeting.date);
  return (
    <div className={canEdit ? 'meeting-head' : 'meeting-head meeting-head--ruled'}>
      <a
        className="meeting-head__back back-link"
        href="#/"
        onClick={(e) => {
          e.preventDefault();
          onBack();
        }}
      >
        {t('meetings.backToList')}
      </a>
      <div className="meeting-head__row">
        <div className="meeting-head__text">
          <p className="meeting-head__body">
            {bodyName(meeting.bodyKind, locale)} · {meetingTypeName(meeting.bodyKind, meeting.meetingType, locale)}
          </p>
          <h1 className="meeting-head__title">{meeting.title}</h1>
          <p className="meeting-head__meta">
            <span data-testid="meeting-date">{meeting.time ? t('meetings.dateTime', { date, time: meeting.time }) : date}</span>
            {meeting.place ? <span> · {meeting.place}</span> : null}
          </p>
        </div>
        <div className="meeting-head__status">
          <Badge tone={meeting.status === 'published' ? 'published' : 'draft'}>{t(statusKey(meeting.status))}</Badge>
          {meeting.publishedAt ? (
            <span className="muted small">{t('meetings.publishedAt', { at: formatDateTimeVi(meeting.publishedAt) })}</span>
          ) : null}
          {canEdit && meeting.status === 'draft' ? <PublishButton meetingId={meeting.id} onPublished={onPublished} /> : null}
        </div>
      </div>
    </div>
  );
}
