/** Error codes of a pinned TLS connection (tls-pin.ts) and how fetch/ws failures are told apart from being offline. */
export const PIN_MISMATCH = 'ERR_RELAY_PIN_MISMATCH';

/** True for a TLS verification failure: the relay presented a certificate other than the pinned one. */
export function isCertificateRefusal(e: unknown): boolean {
  for (let c: unknown = e, depth = 0; c && depth < 4; c = (c as { cause?: unknown }).cause, depth++) {
    const code = String((c as { code?: unknown }).code ?? '');
    if (code === PIN_MISMATCH || /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS_/.test(code)) return true;
  }
  return false;
}
