import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appError } from '../../shared/util/result';

/**
 * Serves one content-addressed file with HTTP caching and single-range requests (resume).
 * The ETag is the SHA-256 itself: the bytes behind a hash never change.
 *
 * A response with a body ends its connection (`Connection: close`). An HTTP server's keep-alive clock starts
 * when it has handed the last bytes to the kernel, but a laptop may read the tail of a big file out of the
 * socket buffers seconds later (fifty laptops at once, a loaded machine, a busy Wi-Fi): the server then closes
 * a connection the laptop just reused for its next blob ("socket hang up"). A new connection per file costs
 * one handshake per document; small answers (manifest, 304, errors) keep their connection.
 */
export type ByteRange = { start: number; end: number };

/** Parses a single `bytes=` range. null = serve everything (absent, multi-range or unparsable); 'unsatisfiable' → 416. */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a, b] = m as unknown as [string, string, string];
  if (a === '' && b === '') return null;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

export function serveBlob(req: IncomingMessage, res: ServerResponse, path: string, sha: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    res
      .writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ ok: false, error: appError('not_found', 'error.relay.fileNotFound') }));
    return;
  }
  const etag = `"${sha}"`;
  const common = {
    'Content-Type': 'application/pdf',
    ETag: etag,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common).end();
    return;
  }
  // If-Range with another validator means "my partial copy is stale": send the whole file.
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...common, 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const headers: Record<string, string | number> = { ...common, 'Content-Length': size === 0 ? 0 : end - start + 1 };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const bodyless = req.method === 'HEAD' || size === 0;
  if (!bodyless) headers.Connection = 'close';
  res.writeHead(range ? 206 : 200, headers);
  if (bodyless) {
    res.end();
    return;
  }
  const stream = createReadStream(path, { start, end });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
