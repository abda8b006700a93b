import type { MeetingId } from '../../../shared/model/ids';
import { useI18n } from '../../app/i18n';
import { meetingPageHash } from '../live/live-route';
import { useLiveState } from '../live/useLiveState';
import { useMeetingDetail } from '../meetings/useMeetingDetail';
import { ProjectorBoard } from './ProjectorBoard';

/** `#/projector/<meetingId>`: the big screen in a second window of a signed-in laptop (ProjectorBoard). */
export function ProjectorScreen({ meetingId }: { meetingId: MeetingId }) {
  const { t } = useI18n();
  const live = useLiveState();
  const { detail } = useMeetingDetail(meetingId);
  const view = live.view?.meetingId === meetingId ? live.view : null;
  return (
    <ProjectorBoard
      view={view}
      offsetMs={live.offsetMs}
      title={detail?.meeting.title ?? ''}
      agenda={detail?.agenda ?? []}
      exit={{ href: meetingPageHash(meetingId), label: t('projector.exit') }}
    />
  );
}
