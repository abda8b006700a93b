import type { MessageKey } from '../../../shared/i18n';
import type { ImportPhase } from '../../../shared/ipc/slices/core';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../app/i18n';
import { overallFraction, type ImportProgress } from './import-progress';

const PHASE_KEY: Record<ImportPhase, MessageKey> = {
  reading: 'progress.reading',
  hashing: 'progress.hashing',
  validating: 'progress.validating',
  storing: 'progress.storing',
  done: 'progress.done',
  failed: 'progress.failed',
};

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useI18n();
  return <ProgressBar label={t('progress.label')} fraction={overallFraction(progress)} caption={t(PHASE_KEY[progress.phase])} />;
}
