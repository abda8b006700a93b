/** Letters and digits that cannot be mistaken for one another on a printed slip (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const GENERATED_PASSWORD_CHARS = 8;

/** A new password for a sign-in slip, from the browser's cryptographic random source. */
export function generatePassword(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(GENERATED_PASSWORD_CHARS));
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}
