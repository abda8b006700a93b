/*
 * Baseline for the relay benchmark: a bare `ws` server that forwards every binary frame it receives to
 * every other connected socket, unchanged. No auth, no Yjs, no persistence: the floor any relay pays.
 * Run as a child process so it is measured under the same conditions as the relay process.
 *
 * With `--tls <cert.pem> <key.pem>` it speaks wss with that certificate (the relay's), so both pay for TLS.
 *
 *   node --import tsx tests/bench/relay-bare-server.ts [host] [--tls <cert.pem> <key.pem>]   → prints BARE_PORT=<port>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

const host = process.argv[2] ?? '127.0.0.1';
const [flag, certFile, keyFile] = process.argv.slice(3);
const https = flag === '--tls' ? createServer({ cert: readFileSync(certFile!), key: readFileSync(keyFile!) }) : null;
const wss = https
  ? new WebSocketServer({ server: https, perMessageDeflate: false })
  : new WebSocketServer({ port: 0, host, perMessageDeflate: false });
if (https) https.listen(0, host);
const sockets = new Set<WebSocket>();
wss.on('connection', (ws) => {
  sockets.add(ws);
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    for (const s of sockets) if (s !== ws) s.send(data, { binary: isBinary });
  });
  ws.on('close', () => sockets.delete(ws));
  ws.on('error', () => {});
});
const ready = () => {
  const addr = https ? https.address() : wss.address();
  process.stdout.write(`BARE_PORT=${typeof addr === 'object' && addr ? addr.port : 0}\n`);
};
if (https) https.on('listening', ready);
else wss.on('listening', ready);
process.on('SIGTERM', () => {
  wss.close();
  process.exit(0);
});
