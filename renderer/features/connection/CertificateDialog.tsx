import { Fragment, useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../app/i18n';
import type { CertificatePrompt } from './relay-login';
import './certificate-dialog.css';

type Props = { prompt: CertificatePrompt; onTrust(): void; onCancel(): void };

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * The relay's certificate, checked by a person before this laptop trusts it: the address, the code to compare
 * with what the secretariat reads out (the hosting screen shows it), and the full fingerprint. A modal <dialog>:
 * Tab stays inside, Escape cancels, Enter on the focused button activates it. First sign-in: focus starts on
 * "trust"; a changed certificate is a warning, with focus on "cancel" and the code confirmed before beside the new one.
 */
export function CertificateDialog({ prompt, onTrust, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const trustRef = useRef<HTMLButtonElement>(null);
  const { changed } = prompt;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    (changed ? cancelRef : trustRef).current?.focus();
    return () => d?.close();
  }, [changed]);

  // showModal() keeps focus in the page's dialog; this also keeps Tab from leaving it for the browser's own UI.
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={changed ? 'dialog cert-dialog cert-dialog--changed' : 'dialog cert-dialog'}
      role="dialog"
      aria-modal="true"
      aria-labelledby="cert-dialog-title"
      aria-describedby="cert-dialog-explain"
      data-testid="certificate-dialog"
      data-changed={changed}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={trapTab}
    >
      <h2 id="cert-dialog-title" className="dialog__title cert-dialog__title">
        {changed ? (
          <span className="cert-dialog__sign" aria-hidden="true">
            !
          </span>
        ) : null}
        {t(changed ? 'cert.changedTitle' : 'cert.title')}
      </h2>
      <p id="cert-dialog-explain" className="cert-dialog__explain">
        {t(changed ? 'cert.changedExplain' : 'cert.explain')}
      </p>
      <dl className="cert-dialog__facts">
        <dt>{t('cert.address')}</dt>
        <dd className="mono" data-testid="certificate-relay">
          {prompt.relayUrl}
        </dd>
        {changed && prompt.previousCode ? (
          <>
            <dt>{t('cert.previousCode')}</dt>
            <dd className="mono cert-dialog__old-code" data-testid="certificate-previous-code">
              {prompt.previousCode}
            </dd>
          </>
        ) : null}
        <dt>{t(changed ? 'cert.newCode' : 'cert.code')}</dt>
        <dd className="mono cert-dialog__code" data-testid="certificate-code">
          {prompt.code}
        </dd>
        <dt>{t('cert.fingerprint')}</dt>
        <dd className="mono cert-dialog__fingerprint">
          {/* Breaks only between bytes. */}
          {prompt.fingerprint.split(':').map((pair, i) => (
            <Fragment key={i}>
              {i > 0 ? ':' : null}
              {i > 0 ? <wbr /> : null}
              {pair}
            </Fragment>
          ))}
        </dd>
      </dl>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button ref={trustRef} type="button" className={changed ? 'btn btn--danger' : 'btn btn--primary'} onClick={onTrust}>
          {t('cert.trust')}
        </button>
      </div>
    </dialog>
  );
}
