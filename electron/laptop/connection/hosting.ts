import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { RelayStatus } from '../../../shared/ipc/slices/live';
import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingPackage } from '../../../shared/model/package';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { Relay, RelayAdvertiser, RelayLimits, RelayTlsInfo } from '../../relay';
import { advertiseRelay, createRelay, loadOrCreateTls } from '../../relay';

/**
 * "Host this meeting" on the secretariat's laptop: an embedded relay in `<dataDir>/relay/` serving the
 * published meeting (its blobs copied there as `<sha256>.pdf`) over HTTPS/WSS, with the certificate generated
 * into that folder on first hosting and reused afterwards (delegates' pins stay valid across restarts).
 * Hosting the same meeting again republishes it.
 */
export type HostedRelay = {
  readonly relay: Relay;
  readonly meetingId: MeetingId;
  /** The LAN address when bound to all interfaces, else the relay's own URL (always https://). */
  readonly url: string;
  /**
   * The served certificate: its fingerprint and short code go on the hosting screen (delegates compare them
   * at first sign-in); the PEM lets this laptop's own link pin it without asking (self-signed: it is its own root).
   */
  readonly certificate: { fingerprint256: string; code: string; pem: string };
  republish(pkg: MeetingPackage): void;
  close(): Promise<void>;
};

/** What `relay:status` says about hosting: the address and the certificate code delegates compare. */
export const hostingStatus = (h: HostedRelay): NonNullable<RelayStatus['hosting']> => ({
  url: h.url,
  meetingId: h.meetingId,
  certificate: { fingerprint256: h.certificate.fingerprint256, code: h.certificate.code },
});

function lanUrl(relay: Relay, bind: string): string {
  if (bind !== '0.0.0.0' && bind !== '::') return relay.url;
  const addr = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return addr ? `https://${addr.address}:${relay.port}` : relay.url;
}

export async function startHostedRelay(opts: {
  dataDir: string;
  blobDir: string;
  pkg: MeetingPackage;
  port: number;
  bind: string;
  limits?: Partial<RelayLimits>;
  log: (msg: string, e?: unknown) => void;
  /** Announce the relay on the LAN (mDNS); default: when bound beyond loopback, like the relay CLI. */
  advertise?: boolean;
}): Promise<Result<HostedRelay>> {
  let relay: Relay;
  let tls: RelayTlsInfo;
  try {
    const relayDir = join(opts.dataDir, 'relay');
    tls = await loadOrCreateTls(relayDir);
    relay = await createRelay({
      dataDir: relayDir,
      port: opts.port,
      host: opts.bind,
      tls,
      ...(opts.limits ? { limits: opts.limits } : {}),
      logger: { info: () => {}, warn: (m, d) => opts.log(`[relay] ${m}`, d) },
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'EADDRINUSE') return fail('conflict', 'error.sync.hostPortInUse', { port: opts.port });
    opts.log('[connection] embedded relay failed to start', e);
    return fail('internal', 'error.sync.hostFailed');
  }
  try {
    relay.loadPackage(opts.pkg, opts.blobDir);
  } catch (e) {
    opts.log('[connection] exporting the meeting to the embedded relay failed', e);
    await relay.close();
    return fail('internal', 'error.sync.hostFailed');
  }
  const advertiser = (opts.advertise ?? !isLoopback(opts.bind)) ? announce(relay, opts.pkg, opts.log) : null;
  return ok({
    relay,
    meetingId: opts.pkg.meeting.id,
    url: lanUrl(relay, opts.bind),
    certificate: { fingerprint256: tls.fingerprint256, code: tls.code, pem: tls.cert },
    republish: (pkg) => {
      relay.loadPackage(pkg, opts.blobDir);
      advertiser?.update(advertOf(pkg));
    },
    close: async () => {
      await Promise.all([advertiser?.stop(), relay.close()]);
    },
  });
}

const isLoopback = (bind: string): boolean => /^(127\.|localhost$|::1$)/.test(bind);

const advertOf = (pkg: MeetingPackage) => ({ meetingId: pkg.meeting.id, title: pkg.meeting.title, scheme: 'https' as const });

/** The hosting laptop announces its embedded relay the way `npm run relay` does: laptops list it at sign-in. */
function announce(relay: Relay, pkg: MeetingPackage, log: (msg: string, e?: unknown) => void): RelayAdvertiser | null {
  try {
    return advertiseRelay({
      port: relay.port,
      name: `Phong hop ${hostname()} ${relay.port}`.slice(0, 63),
      advert: advertOf(pkg),
      onError: (e) => log('[connection] mDNS announcement failed', e),
    });
  } catch (e) {
    log('[connection] mDNS announcement failed', e);
    return null;
  }
}
