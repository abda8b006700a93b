/*
 * Baseline for the package benchmark: a plain static file server, node:http + fs.createReadStream, no auth,
 * no caching headers, no ranges. Run as a child process so it is measured under the same conditions as
 * the relay process.
 *
 *   node --import tsx tests/bench/static-server.ts <dir>   → prints STATIC_PORT=<port>
 */
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';

const dir = process.argv[2]!;
const server = createServer((req, res) => {
  const file = join(dir, basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  const stream = createReadStream(file);
  stream.once('open', () => {
    res.writeHead(200, { 'Content-Type': 'application/pdf' });
    stream.pipe(res);
  });
  stream.once('error', () => res.writeHead(404).end());
  res.once('close', () => stream.destroy());
});
server.listen(0, process.argv[3] ?? '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`STATIC_PORT=${typeof addr === 'object' && addr ? addr.port : 0}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
