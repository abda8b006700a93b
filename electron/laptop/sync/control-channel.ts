import type { WebSocket as WsWebSocket } from 'ws';
import type { ServerCommandFrame } from '../../../shared/relay-protocol/types';
import { isCertificateRefusal } from './tls-errors';

/**
 * The laptop's single long-lived connection to the relay's /commands endpoint. Its being open is what
 * "online" means for the sync client; it carries command acks, live command state and presence.
 * A relay that stops pinging (cable pulled, relay frozen) is detected by a silence watchdog, because
 * TCP alone may take minutes to notice.
 */
export type ControlHandlers = {
  onOpen(): void;
  onFrame(frame: ServerCommandFrame): void;
  /**
   * httpStatus is set when the upgrade itself was refused (401 = token no longer valid); certificateRefused
   * when the TLS handshake refused the relay's certificate (not the pinned one, tls-pin.ts).
   */
  onClose(info: { code: number; reason: string; httpStatus: number | null; certificateRefused: boolean }): void;
};

export type ControlChannel = { send(text: string): boolean; close(): void };

export function openControlChannel(opts: {
  url: string;
  WebSocketImpl: typeof WsWebSocket;
  deadAfterMs: number;
  handlers: ControlHandlers;
}): ControlChannel {
  const ws = new opts.WebSocketImpl(opts.url, { perMessageDeflate: false });
  let httpStatus: number | null = null;
  let certificateRefused = false;
  let lastHeard = performance.now();
  let finished = false;
  const heard = () => {
    lastHeard = performance.now();
  };
  const watchdog = setInterval(
    () => {
      if (performance.now() - lastHeard > opts.deadAfterMs) ws.terminate();
    },
    Math.max(50, Math.floor(opts.deadAfterMs / 4)),
  );
  watchdog.unref();

  ws.on('open', () => {
    heard();
    opts.handlers.onOpen();
  });
  ws.on('ping', heard);
  ws.on('message', (data: Buffer) => {
    heard();
    let frame: ServerCommandFrame;
    try {
      frame = JSON.parse(data.toString('utf8')) as ServerCommandFrame;
    } catch {
      return;
    }
    opts.handlers.onFrame(frame);
  });
  ws.on('error', (e: Error) => {
    const m = /Unexpected server response: (\d+)/.exec(e.message);
    if (m) httpStatus = Number(m[1]);
    if (isCertificateRefusal(e)) certificateRefused = true;
  });
  ws.on('close', (code: number, reason: Buffer) => {
    clearInterval(watchdog);
    if (finished) return;
    finished = true;
    opts.handlers.onClose({ code, reason: reason.toString('utf8'), httpStatus, certificateRefused });
  });

  return {
    send(text) {
      if (ws.readyState !== ws.OPEN) return false;
      ws.send(text);
      return true;
    },
    close() {
      finished = true;
      clearInterval(watchdog);
      ws.removeAllListeners('message');
      ws.on('error', () => {});
      if (ws.readyState === ws.CONNECTING) ws.terminate();
      else ws.close();
    },
  };
}
