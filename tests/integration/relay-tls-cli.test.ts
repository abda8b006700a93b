import { afterAll, describe, expect, it } from 'vitest';
import { probeRelayCertificate } from '../../electron/laptop/sync/tls-pin';
import { fingerprintCode } from '../../shared/relay-protocol/fingerprint';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { RelayProcess } from '../helpers/relay-process';
import { spawnRelay } from '../helpers/relay-process';

/** The relay program over TLS: prints the fingerprint and code it serves, keeps its certificate across restarts. */
const dirs: string[] = [];
let proc: RelayProcess | null = null;

afterAll(async () => {
  if (proc) await proc.stop();
  for (const d of dirs) removeDir(d);
});

describe('relay CLI transport', () => {
  it('serves https with the printed fingerprint and code, the same after a restart', async () => {
    const dataDir = tempDir('relay-tls-cli');
    dirs.push(dataDir);
    proc = await spawnRelay({ dataDir, tls: true });
    expect(proc.url).toMatch(/^https:\/\//);
    const first = proc.fingerprint256!;
    expect(proc.output()).toContain(fingerprintCode(first));
    const probed = await probeRelayCertificate(proc.url);
    expect(probed).toMatchObject({ ok: true, value: { fingerprint256: first } });
    await proc.stop();
    proc = await spawnRelay({ dataDir, tls: true });
    expect(proc.fingerprint256).toBe(first);
  });

  it('refuses plain http on a LAN address', async () => {
    const dataDir = tempDir('relay-tls-cli-lan');
    dirs.push(dataDir);
    await expect(spawnRelay({ dataDir, args: ['--host', '0.0.0.0', '--no-advertise'] })).rejects.toThrow(/--insecure-http/);
  });
});
