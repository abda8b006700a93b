import { DEFAULT_RELAY_PORT } from '../../../shared/relay-protocol/constants';

/** The hosting laptop's embedded relay listens where a standalone relay would: one port everywhere. */
export const DEFAULT_HOST_PORT = DEFAULT_RELAY_PORT;

/** A port a person typed: 1024..65535 (no privileged ports on a laptop), else null. */
export function parsePort(input: string): number | null {
  const s = input.trim();
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1024 && n <= 65535 ? n : null;
}
