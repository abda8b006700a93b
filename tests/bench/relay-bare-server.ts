/*
 * Baseline for the relay benchmark: a bare `ws` server that forwards every binary frame it receives to
 * every other connected socket, unchanged. No auth, no Yjs, no persistence: the floor any relay pays.
 * Run as a child process so it is measured under the same conditions as the relay process.
 *
 *   node --import tsx tests/bench/relay-bare-server.ts   → prints BARE_PORT=<port>
 */
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

const wss = new WebSocketServer({ port: 0, host: process.argv[2] ?? '127.0.0.1', perMessageDeflate: false });
const sockets = new Set<WebSocket>();
wss.on('connection', (ws) => {
  sockets.add(ws);
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    for (const s of sockets) if (s !== ws) s.send(data, { binary: isBinary });
  });
  ws.on('close', () => sockets.delete(ws));
  ws.on('error', () => {});
});
wss.on('listening', () => {
  const addr = wss.address();
  process.stdout.write(`BARE_PORT=${typeof addr === 'object' && addr ? addr.port : 0}\n`);
});
process.on('SIGTERM', () => {
  wss.close();
  process.exit(0);
});
