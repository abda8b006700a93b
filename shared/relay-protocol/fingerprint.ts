/**
 * Certificate fingerprints as people compare them: the relay's CLI and hosting screen print them, the
 * laptop's first sign-in shows them and the user confirms. Pure string functions (no Node crypto here).
 */

/** SHA-256 fingerprint as Node prints it (`AB:CD:…`, 32 bytes); anything else is normalized or refused. */
export function normalizeFingerprint(input: string): string | null {
  const hex = input.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  if (hex.length !== 64) return null;
  return hex.match(/../g)!.join(':');
}

/** A short code to read aloud across the room: the first 8 hex digits as `ABCD-EF01`. */
export function fingerprintCode(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}
