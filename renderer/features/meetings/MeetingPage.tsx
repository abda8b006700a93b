import { useEffect } from 'react';
import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingRole } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import type { MeetingTab } from '../../app/route';
import { DelegateMeeting } from './DelegateMeeting';
import { MeetingHeader } from './MeetingHeader';
import { SecretariatMeeting } from './SecretariatMeeting';
import { useMeetingDetail } from './useMeetingDetail';

type Props = {
  meetingId: MeetingId;
  tab: MeetingTab;
  onTab(tab: MeetingTab): void;
  onBack(): void;
  onRole(role: MeetingRole | null): void;
};

export function MeetingPage({ meetingId, tab, onTab, onBack, onRole }: Props) {
  const { t, errorText } = useI18n();
  const { detail, error, refresh } = useMeetingDetail(meetingId);
  const role = detail?.myRole ?? null;
  useEffect(() => {
    onRole(role);
    return () => onRole(null);
  }, [role, onRole]);

  if (!detail) {
    return (
      <main className="page">{error ? <Alert tone="error">{errorText(error)}</Alert> : <p role="status">{t('common.loading')}</p>}</main>
    );
  }
  return (
    <div className="meeting">
      <MeetingHeader meeting={detail.meeting} canEdit={detail.canEdit} onBack={onBack} onPublished={() => void refresh()} />
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {detail.canEdit ? (
        <SecretariatMeeting detail={detail} tab={tab} onTab={onTab} refresh={refresh} />
      ) : (
        <DelegateMeeting detail={detail} />
      )}
    </div>
  );
}
