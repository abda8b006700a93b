import { useState } from 'react';
import type { ElectionRoundId } from '../../../shared/meeting-live/ids';
import type { MeetingId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { useApi } from '../../app/api-context';
import { useAction } from '../../app/useAction';
import { useI18n } from '../../app/i18n';
import { saveFiles } from '../minutes/record-files';

/** The secretariat's biên bản kiểm phiếu of a closed round (PDF to print and sign, and the figures as CSV). */
export function CountRecordDownload({ meetingId, roundId }: { meetingId: MeetingId; roundId: ElectionRoundId }) {
  const { t, errorText } = useI18n();
  const api = useApi();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const download = async () => {
    setDone(null);
    const r = await action.run(() => api.invoke('record:count-record', { meetingId, roundId }));
    if (!r?.value) return;
    saveFiles(r.value);
    setDone(r.value.map((f) => f.name).join(', '));
  };
  return (
    <div className="election-record">
      <button type="button" className="btn" disabled={action.busy} onClick={() => void download()} data-testid="count-record-download">
        {t('eui.record.download')}
      </button>
      {done ? <Alert tone="success">{t('eui.record.downloaded', { files: done })}</Alert> : null}
      {action.error ? <Alert tone="error">{errorText(action.error)}</Alert> : null}
    </div>
  );
}
