import { randomUUID } from 'node:crypto';
import { isChannel, type Channel, type Req, type Res } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/util/result';
import { acquireDataLock } from '../common/data-lock';
import { closeDb, openDb } from '../common/sqlite/connection';
import { LOCAL_MIGRATIONS } from './db/migrations';
import { Denied } from './access';
import { createBlobStore } from './blob-store';
import { createKeyRing } from './confidential/key-ring';
import { createProjectorService } from './connection/projector';
import { startAutoIndexing } from './search/auto-index';
import { createConnection, type ConnectionTuning } from './connection/connection';
import type { CallContext, Handlers, Services } from './context';
import { createHandlers } from './handlers';
import { dataPaths } from './paths';
import { createPdfInspector } from './pdf/inspect';
import { createSearchService } from './search/service';
import { createLocalDocs } from './ydocs/local-docs';
import { roomStorage } from './confidential/sealed-rooms';
import type { PdfGate } from './pdf-gate';
import { createSessionStore } from './sessions';
import { InvalidInput } from './validate';

export type ServicesConfig = {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  now?: () => Date;
  /** Injected in tests that don't exercise PDF validation. */
  pdf?: PdfGate;
  log?: (msg: string, e?: unknown) => void;
  /** Relay connection tuning (tests: fast backoff; host CLI: bind address for "host this meeting"). */
  connection?: ConnectionTuning;
  /** Look for relays on the LAN (mDNS) at sign-in; off in tests, whose traffic stays on loopback. */
  lanDiscovery?: boolean;
};

export type AppServices = {
  services: Services;
  handlers: Handlers;
  /** The single entry point used by Electron IPC and the browser-mode WebSocket host alike. */
  dispatch(ctx: CallContext, channel: string, req: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
};

/** A laptop's services: one SQLite file, one blob store, one PDF validator. No module globals. */
export function createServices(config: ServicesConfig): AppServices {
  const paths = dataPaths(config.dataDir);
  // Refused (DataDirInUse) while another service runs on this folder; released by close().
  const lock = acquireDataLock(config.dataDir, `laptop services (${config.mode})`);
  let db: ReturnType<typeof openDb>;
  try {
    db = openDb({ file: paths.dbFile, migrations: LOCAL_MIGRATIONS });
  } catch (e) {
    lock.release();
    throw e;
  }
  // Confidential documents' meeting keys: in memory only, filled by the relay link at sign-in.
  const blobs = createBlobStore(paths.blobDir, createKeyRing());
  const now = config.now ?? (() => new Date());
  // Annotation rooms of confidential documents are stored sealed with the meeting key (confidential/sealed-rooms.ts).
  const ydocs = createLocalDocs({ db, storage: (room) => roomStorage({ db, blobs }, room), ...(config.log ? { log: config.log } : {}) });
  const services: Services = {
    db,
    blobs,
    pdf: config.pdf ?? createPdfInspector(),
    sessions: createSessionStore(),
    now,
    newId: () => randomUUID(),
    dataDir: config.dataDir,
    mode: config.mode,
    version: config.version,
    search: createSearchService({ db, blobs, now, ...(config.log ? { log: config.log } : {}) }),
    ydocs,
    lanDiscovery: config.lanDiscovery ?? true,
    connection: createConnection({
      db,
      blobs,
      ydocs,
      dataDir: config.dataDir,
      now,
      ...(config.log ? { log: config.log } : {}),
      ...(config.connection ? { tuning: config.connection } : {}),
    }),
    projector: createProjectorService({ db, log: config.log ?? ((msg, e) => console.error(msg, e)) }),
  };
  const handlers = createHandlers(services);
  const stopAutoIndexing = startAutoIndexing(db, services.search.indexer, services.connection);
  const log = config.log ?? ((msg, e) => console.error(msg, e));

  async function dispatch(ctx: CallContext, channel: string, req: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return fail('invalid_input', 'error.unknownChannel', { channel: String(channel).slice(0, 64) });
    try {
      const handler = handlers[channel] as (c: CallContext, r: Req<Channel>) => Promise<Result<Res<Channel>>> | Result<Res<Channel>>;
      return await handler(ctx, req as Req<Channel>);
    } catch (e) {
      if (e instanceof InvalidInput || e instanceof Denied) return { ok: false, error: e.error };
      log(`[services] ${channel} failed`, e);
      return fail('internal', 'error.unexpected');
    }
  }

  return {
    services,
    handlers,
    dispatch,
    async close() {
      stopAutoIndexing();
      // First: the sync client writes into ydocs and the database.
      services.projector.close();
      await services.connection.close();
      await services.pdf.close();
      await services.search.close();
      services.ydocs.close();
      closeDb(db);
      lock.release();
    },
  };
}
