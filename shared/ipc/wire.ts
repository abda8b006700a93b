/**
 * JSON encoding that carries Uint8Array (PDF bytes) across the browser-mode WebSocket.
 * Electron IPC uses structured clone and needs none of this.
 */
const BYTES_TAG = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? { [BYTES_TAG]: toBase64(v) } : v));
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const b = o[BYTES_TAG];
      if (typeof b === 'string' && Object.keys(o).length === 1) return fromBase64(b);
    }
    return v;
  });
}

/** Browser-mode messages. */
export type WireRequest = { id: number; channel: string; req: unknown };
export type WireResponse = { id: number; result: unknown };
export type WireEvent = { event: string; payload: unknown };
