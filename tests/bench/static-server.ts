/*
 * Baseline for the package benchmark: a plain static file server, node:http + fs.createReadStream, no auth,
 * no caching headers, no ranges; Content-Length from the file's size, as any static server sends it (the relay
 * does too: without it the response would be chunked, a different and costlier framing). Run as a child process so it is measured under the same conditions as
 * the relay process. With `--tls <cert.pem> <key.pem>` it is node:https with that certificate instead, so
 * it speaks the same protocol as a relay serving HTTPS.
 *
 *   node --import tsx tests/bench/static-server.ts <dir> [--tls <cert.pem> <key.pem>]   → prints STATIC_PORT=<port>
 */
import { createReadStream, fstatSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { basename, join } from 'node:path';

const [dir, flag, certFile, keyFile] = process.argv.slice(2) as [string, string?, string?, string?];
const handler = (req: IncomingMessage, res: ServerResponse) => {
  const file = join(dir, basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  const stream = createReadStream(file);
  stream.once('open', (fd: number) => {
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': fstatSync(fd).size });
    stream.pipe(res);
  });
  stream.once('error', () => res.writeHead(404).end());
  res.once('close', () => stream.destroy());
};
const server =
  flag === '--tls' ? createTlsServer({ cert: readFileSync(certFile!), key: readFileSync(keyFile!) }, handler) : createServer(handler);
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`STATIC_PORT=${typeof addr === 'object' && addr ? addr.port : 0}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
