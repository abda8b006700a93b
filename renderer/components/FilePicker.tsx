import { useId, useState } from 'react';

type Props = {
  label: string;
  accept: string;
  name: string;
  chooseText: string;
  noneText: string;
  disabled?: boolean;
  onPick(file: File | null): void;
};

/**
 * A file input whose visible text follows the app's language: the native control shows the browser's
 * UI language ("Choose File") whatever the page says. The real input stays focusable and labelled.
 */
export function FilePicker({ label, accept, name, chooseText, noneText, disabled, onPick }: Props) {
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <div className="field file-picker">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="file-picker__row">
        <input
          id={id}
          className="file-picker__input"
          type="file"
          name={name}
          accept={accept}
          disabled={disabled}
          aria-label={label}
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setFileName(f?.name ?? null);
            onPick(f);
          }}
        />
        <label
          htmlFor={id}
          className={disabled ? 'btn btn--small file-picker__button is-disabled' : 'btn btn--small file-picker__button'}
          aria-hidden="true"
        >
          {chooseText}
        </label>
        <span className={fileName ? 'file-picker__name' : 'file-picker__name muted'}>{fileName ?? noneText}</span>
      </div>
    </div>
  );
}
