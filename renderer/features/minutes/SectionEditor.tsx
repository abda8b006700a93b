import { useState } from 'react';
import { LIMITS } from '../../../shared/meeting-live/commands';
import type { MinutesSectionView } from '../../../shared/ipc/slices/record';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { useCommand } from '../live/useCommand';

/** One section of the minutes: its text (generated or edited) in a text box, saved as `minutes:edit`. */
export function SectionEditor({
  section,
  editable,
  onSaved,
}: {
  section: MinutesSectionView;
  editable: boolean;
  onSaved: () => Promise<void>;
}) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const [text, setText] = useState(section.text);
  const [saved, setSaved] = useState(false);
  const clean = text.replace(/\s+/g, ' ').trim();
  const id = `minutes-section-${section.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  async function save(value: string) {
    setSaved(false);
    if (await cmd.send({ type: 'minutes:edit', section: section.key, text: value })) {
      setSaved(true);
      await onSaved();
    }
  }

  return (
    <div className="minutes-section" data-testid="minutes-section" data-section={section.key}>
      <label htmlFor={id} className="minutes-section__label">
        {section.label}
        {section.edited ? <span className="minutes-section__edited"> · {t('record.ui.edited')}</span> : null}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={LIMITS.NOTE_MAX_CHARS}
        value={text}
        readOnly={!editable}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      {editable ? (
        <div className="form__actions form__actions--start">
          <button
            type="button"
            className="btn btn--primary"
            disabled={cmd.busy || clean === '' || clean === section.text}
            onClick={() => void save(clean)}
          >
            {t('record.ui.sectionSave')}
          </button>
          {section.edited ? (
            <button
              type="button"
              className="btn"
              disabled={cmd.busy}
              onClick={() => {
                setText(section.generated);
                void save(section.generated);
              }}
            >
              {t('record.ui.sectionReset')}
            </button>
          ) : null}
        </div>
      ) : null}
      {saved ? <Alert tone="success">{t('record.ui.saved')}</Alert> : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </div>
  );
}
