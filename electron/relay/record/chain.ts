import { createHash, createPublicKey, verify as verifySig } from 'node:crypto';

/*
 * The hash chain, pure functions only (no database): used by the relay to append and by anyone to verify
 * offline. An entry's hash is SHA-256 over "<previous hash>\n<body>", where body is canonical JSON (keys
 * sorted, no spaces) holding its own sequence number, so editing, deleting, reordering or truncating
 * entries breaks a recomputed hash or a link; a forged entry lacks the relay key's signature.
 */

export const GENESIS_HASH = '0'.repeat(64);
export const RECORD_LOG_VERSION = 1;

export type LogOutcome = 'applied' | 'refused';

/** What one entry says. Never a secret ballot's voter or choice. */
export type LogBody = {
  v: typeof RECORD_LOG_VERSION;
  seq: number;
  at: number;
  outcome: LogOutcome;
  /** The command type, or null when the input was not a command at all. */
  type: string | null;
  /** The sender; null for anything about a secret ballot. */
  actor: string | null;
  role: string | null;
  commandId: string | null;
  /** The command's fields that matter for the record (secret ballots: only the vote id). */
  args: Record<string, string | number | boolean | null>;
  /** Applied: live-state version after the command. */
  version: number | null;
  /** Refused: error code and reason. */
  refusal: { code: string; reason: string | null } | null;
};

export type LogRow = { seq: number; body: string; prev_hash: string; hash: string; key_id: number; sig: Buffer };
export type KeyRow = { key_id: number; public_key: string; from_seq: number };
export type CheckpointRow = { seq: number; hash: string; at: number; reason: string };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JSON with object keys sorted at every level: one byte string per value. */
export function canonicalJson(value: unknown): string {
  const norm = (v: unknown): Json => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error('non-finite number in a log entry');
      return v;
    }
    if (Array.isArray(v)) return v.map(norm);
    if (typeof v === 'object') {
      const out: { [k: string]: Json } = {};
      for (const k of Object.keys(v as object).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = norm(x);
      }
      return out;
    }
    throw new Error(`cannot log a ${typeof v}`);
  };
  return JSON.stringify(norm(value));
}

export function entryHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body, 'utf8').digest('hex');
}

/** Fingerprint of a public key as printed in the minutes: first 16 bytes of SHA-256 of its PEM, grouped. */
export function keyFingerprint(publicKeyPem: string): string {
  const hex = createHash('sha256').update(publicKeyPem.trim()).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function verifyEntrySignature(publicKeyPem: string, hash: string, sig: Uint8Array): boolean {
  try {
    return verifySig(null, Buffer.from(hash, 'hex'), createPublicKey(publicKeyPem), sig);
  } catch {
    return false;
  }
}
