import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { fingerprintCode } from '../../shared/relay-protocol/fingerprint';

/**
 * The relay's transport security. The relay serves HTTPS/WSS with either the province IT's certificate
 * (`--cert`/`--key`, full chain in the cert file) or one it generates on first run into its data folder
 * (`tls/relay-cert.pem`, `tls/relay-key.pem` mode 0600) and reuses afterwards. Laptops pin the SHA-256
 * fingerprint (trust on first use with explicit confirmation, see electron/laptop/sync/tls-pin.ts).
 */
export type RelayTls = { cert: string; key: string };

export type RelayTlsInfo = RelayTls & { fingerprint256: string; code: string };

export const GENERATED_CERT_FILE = join('tls', 'relay-cert.pem');
export const GENERATED_KEY_FILE = join('tls', 'relay-key.pem');
const GENERATED_VALIDITY_YEARS = 10;

export function describeTls(tls: RelayTls): RelayTlsInfo {
  const fingerprint256 = new X509Certificate(tls.cert).fingerprint256;
  return { ...tls, fingerprint256, code: fingerprintCode(fingerprint256) };
}

/** Reads the province's certificate and key files. Throws on unreadable or mismatched files (CLI start-up only). */
export function readTlsFiles(certFile: string, keyFile: string): RelayTlsInfo {
  const tls = { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
  describeTls(tls); // parses the certificate: a broken file stops the relay before it listens
  return describeTls(tls);
}

/** The generated certificate of this data folder: created once (key 0600), then reused so pins stay valid. */
export async function loadOrCreateTls(dataDir: string, commonName = 'phong-hop-relay'): Promise<RelayTlsInfo> {
  const certFile = join(dataDir, GENERATED_CERT_FILE);
  const keyFile = join(dataDir, GENERATED_KEY_FILE);
  if (existsSync(certFile) && existsSync(keyFile)) return readTlsFiles(certFile, keyFile);
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate);
  notAfterDate.setFullYear(notAfterDate.getFullYear() + GENERATED_VALIDITY_YEARS);
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
    ],
  });
  mkdirSync(join(dataDir, 'tls'), { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  writeFileSync(certFile, pems.cert, { mode: 0o644 });
  return describeTls({ cert: pems.cert, key: pems.private });
}

/** The relay's one listening server: HTTPS when it has a certificate, plain HTTP (loopback development) otherwise. */
export function createRelayServer(handler: RequestListener, tls: RelayTls | null): Server {
  return tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, handler) : createHttpServer(handler);
}
