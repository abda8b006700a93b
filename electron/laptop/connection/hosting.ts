import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { MeetingId } from '../../../shared/model/ids';
import type { MeetingPackage } from '../../../shared/model/package';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { Relay, RelayAdvertiser, RelayLimits } from '../../relay';
import { advertiseRelay, createRelay } from '../../relay';

/**
 * "Host this meeting" on the secretariat's laptop: an embedded relay in `<dataDir>/relay/` serving the
 * published meeting (its blobs copied there as `<sha256>.pdf`). Hosting the same meeting again republishes it.
 */
export type HostedRelay = {
  readonly relay: Relay;
  readonly meetingId: MeetingId;
  /** The LAN address when bound to all interfaces, else the relay's own URL. */
  readonly url: string;
  republish(pkg: MeetingPackage): void;
  close(): Promise<void>;
};

function lanUrl(relay: Relay, bind: string): string {
  if (bind !== '0.0.0.0' && bind !== '::') return relay.url;
  const addr = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return addr ? `http://${addr.address}:${relay.port}` : relay.url;
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
  try {
    relay = await createRelay({
      dataDir: join(opts.dataDir, 'relay'),
      port: opts.port,
      host: opts.bind,
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

const advertOf = (pkg: MeetingPackage) => ({ meetingId: pkg.meeting.id, title: pkg.meeting.title, scheme: 'http' as const });

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
