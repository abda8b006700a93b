import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CertificateDialog } from './CertificateDialog';
import type { CertificatePrompt } from './relay-login';

type Pending = { prompt: CertificatePrompt; resolve(trusted: boolean): void };

/**
 * Asks the person about a relay's certificate with the app's dialog: `confirm` resolves true ("trust and
 * connect") or false (cancel, Escape, or the screen went away); render `dialog` where the question belongs.
 */
export function useCertificatePrompt(): { confirm(prompt: CertificatePrompt): Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);

  const settle = useCallback((trusted: boolean) => {
    pendingRef.current?.resolve(trusted);
    pendingRef.current = null;
    setPending(null);
  }, []);

  const confirm = useCallback(
    (prompt: CertificatePrompt) =>
      new Promise<boolean>((resolve) => {
        pendingRef.current?.resolve(false);
        const next = { prompt, resolve };
        pendingRef.current = next;
        setPending(next);
      }),
    [],
  );

  // Unmounted while asking: the sign-in waiting for the answer gets "no" instead of waiting forever.
  useEffect(() => () => pendingRef.current?.resolve(false), []);

  const dialog = pending ? <CertificateDialog prompt={pending.prompt} onTrust={() => settle(true)} onCancel={() => settle(false)} /> : null;
  return { confirm, dialog };
}
