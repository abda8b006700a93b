import type { Channel, Req, Res } from '../../shared/ipc/contract';
import type { Result } from '../../shared/util/result';
import type { Db } from '../common/sqlite/connection';
import type { BlobStore } from './blob-store';
import type { CallContext } from './call-context';
import type { Connection } from './connection/connection';
import type { ProjectorService } from './connection/projector';
import type { PdfGate } from './pdf-gate';
import type { SearchService } from './search/service';
import type { SessionStore } from './sessions';
import type { LocalDocs } from './ydocs/local-docs';

/** Everything a handler may use; built once by createServices and passed down (no module globals). */
export type Services = {
  db: Db;
  blobs: BlobStore;
  pdf: PdfGate;
  sessions: SessionStore;
  now: () => Date;
  newId: () => string;
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  /** Full-text search index of documents (services/search). */
  search: SearchService;
  /** The laptop's Yjs docs (annotation rooms, services/ydocs); the relay sync client attaches to these. */
  ydocs: LocalDocs;
  /** This laptop's link to the meeting-room relay (services/connection). */
  connection: Connection;
  /** This laptop as a big screen: the public live view through a code, nobody signed in. */
  projector: ProjectorService;
  /** discovery:find looks on the LAN (mDNS); false: it finds nothing (tests keep their traffic on loopback). */
  lanDiscovery?: boolean;
};

export type Handler<C extends Channel> = (ctx: CallContext, req: Req<C>) => Promise<Result<Res<C>>> | Result<Res<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** The handlers of one domain, e.g. DomainHandlers<'meetings'> = all `meetings:*` channels. */
export type DomainHandlers<D extends string> = { [C in Extract<Channel, `${D}:${string}`>]: Handler<C> };

export type { CallContext } from './call-context';
