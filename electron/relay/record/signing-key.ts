import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The relay's Ed25519 key for one command database: the private key in a file next to it (mode 0600, never
 * in the database, never in an archive), the public key in record_keys. A missing key file (a database
 * moved to another machine) gets a new key, recorded from the next entry on.
 */
export type SigningKey = { privateKey: KeyObject; publicKeyPem: string };

export function loadOrCreateSigningKey(file: string): SigningKey {
  if (existsSync(file)) {
    const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
    return { privateKey, publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString() };
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}
