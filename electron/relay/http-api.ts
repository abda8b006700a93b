import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLaptopId, isSha256 } from '../../shared/model/ids';
import type { MessageKey } from '../../shared/i18n';
import type { AppError } from '../../shared/util/result';
import { appError, fail } from '../../shared/util/result';
import type { RelayAuth, RelaySession } from './auth';
import type { BlobDownloads } from './blob-downloads';
import { serveBlob } from './blob-serve';
import type { Confidential } from './confidential';
import type { PackageStore } from './package-store';
import { packageForViewer, viewerMaySeeBlob } from './package-view';
import { LAPTOP_LABEL_MAX_CHARS } from '../../shared/relay-protocol/constants';
import type {
  HealthResponse,
  LaptopIdentity,
  PresenceResponse,
  ProjectorMeetingResponse,
  ProjectorSessionResponse,
  RecallConfirmResponse,
  SessionResponse,
} from '../../shared/relay-protocol/types';
import type { Result } from '../../shared/util/result';

/**
 * The relay's HTTP endpoints (PROTOCOL.md): login, the filtered package manifest, blobs with Range,
 * presence, health. Errors are JSON `{ ok:false, error:{code,key,message} }`: a message key (rendered in the
 * user's language) and its Vietnamese text.
 */
export type HttpDeps = {
  auth: RelayAuth;
  packages: PackageStore;
  presence: () => PresenceResponse['online'];
  health: () => Omit<HealthResponse, 'ok'>;
  confidential: Confidential;
  /** Per-user cap on blob downloads in flight (429 beyond it). */
  blobDownloads: BlobDownloads;
  maxBlobDownloadsPerUser: number;
  now: () => number;
  /** A projector code for the big screen (chair or secretariat only). */
  issueProjector: (by: RelaySession) => Result<ProjectorSessionResponse>;
};

const MAX_BODY_BYTES = 16 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

const statusFor: Record<AppError['code'], number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  frozen: 409,
  pdf_invalid: 400,
  pdf_encrypted: 400,
  pdf_timeout: 400,
  pdf_too_large: 413,
  pdf_unsupported: 400,
  offline: 503,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...extra });
  res.end(text);
}

const sendError = (res: ServerResponse, status: number, code: AppError['code'], key: MessageKey) =>
  sendJson(res, status, { ok: false, error: appError(code, key) });

const isJson = (req: IncomingMessage): boolean =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

/**
 * The laptop a login names (`{ id, label }`, PROTOCOL.md): null when absent, undefined when malformed (an id
 * other than 32 lower-case hex, or a label empty, too long or with control characters).
 */
export function parseLaptop(v: unknown): LaptopIdentity | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object') return undefined;
  const { id, label } = v as Record<string, unknown>;
  if (!isLaptopId(id) || typeof label !== 'string') return undefined;
  const name = label.normalize('NFC').trim();
  if (name.length === 0 || name.length > LAPTOP_LABEL_MAX_CHARS || /\p{Cc}/u.test(name)) return undefined;
  return { id, label: name };
}

export function bearerToken(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (e) {
        reject(e as Error);
      }
    });
    req.on('error', reject);
  });
}

export function createHttpHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  /** A person's session: a projector's read-only session gets no HTTP endpoint (it only watches /commands). */
  const authed = (req: IncomingMessage, res: ServerResponse): RelaySession | null => {
    const s = deps.auth.resolve(bearerToken(req));
    if (!s) sendError(res, 401, 'unauthenticated', 'error.relay.sessionInvalid');
    else if (s.projector) {
      sendError(res, 403, 'forbidden', 'error.relay.projectorReadOnly');
      return null;
    }
    return s;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://relay');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const isGet = method === 'GET' || method === 'HEAD';

    if (path === '/api/health' && isGet) return sendJson(res, 200, { ok: true, ...deps.health() } satisfies HealthResponse);

    if (path === '/api/login' && method === 'POST') {
      // Only a JSON request: a web page elsewhere can send a cross-origin text/plain or form POST without a
      // preflight, but not one with Content-Type: application/json.
      if (!isJson(req)) return sendJson(res, 415, fail('invalid_input', 'error.relay.loginContentType'));
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch {
        return sendError(res, 400, 'invalid_input', 'error.relay.loginBodyInvalid');
      }
      const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
      const laptop = parseLaptop(b.laptop);
      if (laptop === undefined) return sendError(res, 400, 'invalid_input', 'error.relay.laptopInvalid');
      const r = await deps.auth.login(b.username, b.password, laptop);
      if (r.ok) return sendJson(res, 200, r.value);
      const throttled = r.error.detail?.retryAfterS !== undefined;
      return sendJson(
        res,
        throttled ? 429 : statusFor[r.error.code],
        r,
        throttled ? { 'Retry-After': String(r.error.detail!.retryAfterS) } : {},
      );
    }

    if (path === '/api/logout' && method === 'POST') {
      const token = bearerToken(req);
      if (token) deps.auth.logout(token);
      return sendJson(res, 200, { ok: true });
    }

    if (path === '/api/session' && isGet) {
      const s = authed(req, res);
      if (!s) return;
      const p = s.participant;
      return sendJson(res, 200, {
        user: { id: p.userId, fullName: p.fullName, role: p.role },
        meetingId: s.meetingId,
      } satisfies SessionResponse);
    }

    if (path === '/api/projector/meeting' && isGet) {
      // What the big screen prints around the live view: the meeting's title and agenda, nothing else.
      const s = deps.auth.resolve(bearerToken(req));
      if (!s) return sendError(res, 401, 'unauthenticated', 'error.relay.sessionInvalid');
      const pkg = deps.packages.current();
      if (!pkg) return sendError(res, 404, 'not_found', 'error.relay.noMeetingPublished');
      const { id, title, date, time, place, bodyKind } = pkg.meeting;
      return sendJson(res, 200, {
        meeting: { id, title, date, time, place, bodyKind },
        agenda: pkg.agenda,
      } satisfies ProjectorMeetingResponse);
    }

    if (path === '/api/projector-session' && method === 'POST') {
      const s = authed(req, res);
      if (!s) return;
      const r = deps.issueProjector(s);
      return r.ok ? sendJson(res, 200, r.value) : sendJson(res, statusFor[r.error.code], r);
    }

    if (path === '/api/presence' && isGet) {
      if (!authed(req, res)) return;
      return sendJson(res, 200, { online: deps.presence() } satisfies PresenceResponse);
    }

    if (path === '/api/package' && isGet) {
      const s = authed(req, res);
      if (!s) return;
      const pkg = deps.packages.current();
      if (!pkg) return sendError(res, 404, 'not_found', 'error.relay.noMeetingPublished');
      // Its confidential entries are confidential material too: the laptop is recorded as having received them.
      const withheld = !deps.confidential.admit(pkg, s.participant, s.laptop);
      const text = JSON.stringify(packageForViewer(pkg, s.participant, withheld));
      const etag = `"pkg-${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ETag: etag, 'Cache-Control': 'no-cache' });
      res.end(method === 'HEAD' ? undefined : text);
      return;
    }

    if (path.startsWith('/api/blobs/') && isGet) {
      const s = authed(req, res);
      if (!s) return;
      const sha = path.slice('/api/blobs/'.length);
      const pkg = deps.packages.current();
      // One answer for "no such blob" and "not yours": existence of a confidential document is not revealed.
      // A confidential file goes only to a laptop recorded as receiving it (confidential.ts).
      const confidentialBlob = pkg !== null && pkg.documents.some((d) => d.sha256 === sha && d.confidentiality === 'mat');
      const withheld = confidentialBlob && !deps.confidential.admit(pkg, s.participant, s.laptop);
      if (!pkg || !isSha256(sha) || !viewerMaySeeBlob(pkg, s.participant, sha, withheld))
        return sendError(res, 404, 'not_found', 'error.relay.notFound');
      const release = deps.blobDownloads.acquire(s.userId);
      if (!release) {
        const limit = deps.maxBlobDownloadsPerUser;
        return sendJson(res, 429, fail('forbidden', 'error.relay.tooManyDownloads', { limit }), { 'Retry-After': '1' });
      }
      res.once('close', release);
      return serveBlob(req, res, deps.packages.blobPath(sha), sha);
    }

    if ((path === '/api/recall' || path === '/api/recall/confirm') && method === 'POST') {
      if (!isJson(req)) return sendJson(res, 415, fail('invalid_input', 'error.relay.loginContentType'));
      const s = authed(req, res);
      if (!s) return;
      if (path === '/api/recall') {
        // The secretariat recalls the confidential documents before (or without) closing the meeting.
        if (s.participant.role !== 'secretariat') return sendError(res, 403, 'forbidden', 'error.relay.recallSecretariatOnly');
        deps.confidential.startRecall(s.meetingId, 'secretariat', deps.now());
        return sendJson(res, 200, { ok: true, recall: deps.confidential.recall(s.meetingId) });
      }
      const confirmedAt = deps.confidential.confirm(s.meetingId, s.userId, s.laptop?.id ?? null, deps.now());
      if (confirmedAt === null) return sendError(res, 409, 'conflict', 'error.relay.recallNotActive');
      return sendJson(res, 200, { ok: true, confirmedAt } satisfies RecallConfirmResponse);
    }

    return sendError(res, 404, 'not_found', 'error.relay.notFound');
  }

  return (req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'error.relay.internal');
      else res.destroy();
    });
  };
}
