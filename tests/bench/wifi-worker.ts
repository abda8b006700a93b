/*
 * One group of laptops for the Wi-Fi bench, run inside its own network namespace (or on loopback):
 * command-channel clients (and bare-ws baseline sockets) behind one fault proxy (30 ± 20 ms). Reads JSON
 * commands on stdin, reports JSON events on stdout, one per line, prefixed with "@@ ".
 *
 *   node --import tsx tests/bench/wifi-worker.ts '<config json>'
 */
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import { seededRandom } from '../helpers/relay-fixture';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import { applyLivePatch, LIVE_PATCH_PARAM, LIVE_PATCH_VALUE } from '../../shared/relay-protocol/live-patch';

export type WorkerConfig = {
  /** The relay's certificate (PEM): relay and bare baseline both speak TLS (wss), as in a real room. */
  certPem: string;
  relay: { host: string; port: number };
  bare: { host: string; port: number };
  clients: { userId: string; token: string; chair: boolean }[];
  seed: number;
  delayMs: number;
  jitterMs: number;
  castSpreadMs: number;
  deadMs: number;
};
export type WorkerCommand =
  | { cmd: 'chair'; command: Record<string, unknown> }
  | { cmd: 'checkin' }
  | { cmd: 'mode'; mode: 'observe' | 'cast' }
  | { cmd: 'bare'; seq: number; size: number }
  | { cmd: 'partition'; on: boolean }
  | { cmd: 'quit' };
export type WorkerEvent =
  | { ev: 'connected'; userId: string; t: number }
  | { ev: 'voteSeen'; userId: string; voteId: string; t: number; bytes: number }
  | { ev: 'bareSeen'; userId: string; seq: number; t: number }
  | { ev: 'chairSent'; type: string; t: number }
  | { ev: 'ack'; userId: string; type: string; ok: boolean; reason?: string; value?: unknown; t: number; latencyMs: number }
  | { ev: 'converged'; userId: string; t: number }
  | { ev: 'reconnect'; userId: string; t: number; code: number; why: string };

const cfg = JSON.parse(process.argv[2]!) as WorkerConfig;
/**
 * TLS options of every socket: the relay's own certificate is the only trusted root (what a laptop pins); the
 * name is not checked because sockets reach it through the local fault proxy at 127.0.0.1.
 */
const TLS = {
  ca: cfg.certPem,
  // Node's tls wants undefined for "identity ok"; ws declares the option as returning boolean.
  checkServerIdentity: (() => undefined) as unknown as () => boolean,
};
const rand = seededRandom(cfg.seed);
const now = () => performance.timeOrigin + performance.now();
const emit = (e: WorkerEvent) => process.stdout.write(`@@ ${JSON.stringify(e)}\n`);
const RECONNECT_MIN_MS = 200;
const RECONNECT_MAX_MS = 2000;
let stopping = false;
let mode: 'observe' | 'cast' = 'observe';

type View = { vote: { voteId: string; options: { id: string }[] } | null; me: { vote: { hasVoted: boolean } | null } };

class CommandClient {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private lastFrameMs = now();
  private readonly pending = new Map<string, { command: Record<string, unknown>; firstSentMs: number }>();
  private readonly seenVotes = new Set<string>();
  private castCommandId: string | null = null;
  private castAcked = false;
  private converged = false;
  private lastView: View | null = null;
  private connectedOnce = false;

  constructor(
    readonly userId: string,
    private readonly token: string,
    private readonly port: number,
  ) {}

  connect(): void {
    // Like the laptop's sync client: live-view patches after the first full view.
    const ws = new WebSocket(
      `wss://127.0.0.1:${this.port}/commands?token=${encodeURIComponent(this.token)}&${LIVE_PATCH_PARAM}=${LIVE_PATCH_VALUE}`,
      {
        ...TLS,
        perMessageDeflate: false,
        handshakeTimeout: 5000,
      },
    );
    this.ws = ws;
    ws.on('open', () => {
      this.attempt = 0;
      this.lastFrameMs = now();
      if (!this.connectedOnce) emit({ ev: 'connected', userId: this.userId, t: now() });
      this.connectedOnce = true;
      // Unacknowledged commands are resent with the same id: the relay answers a duplicate with the first ack.
      for (const [id, p] of this.pending) ws.send(JSON.stringify({ type: 'command', id, command: p.command }));
    });
    ws.on('ping', () => (this.lastFrameMs = now()));
    ws.on('message', (data: Buffer) => {
      this.lastFrameMs = now();
      const f = JSON.parse(data.toString('utf8')) as {
        type: string;
        id?: string;
        state?: View;
        set?: Partial<View>;
        unset?: string[];
        result?: { ok: boolean; value?: unknown; error?: { detail?: { reason?: string } } };
      };
      if (f.type === 'state' && f.state) this.onState(f.state, data.length);
      if (f.type === 'statePatch' && this.lastView) {
        const next = applyLivePatch(this.lastView as unknown as MeetingLiveView, {
          set: (f.set ?? {}) as Partial<MeetingLiveView>,
          unset: f.unset ?? [],
        });
        if (next) this.onState(next as unknown as View, data.length);
      }
      if (f.type === 'ack' && f.id) this.onAck(f.id, f.result!);
    });
    let why = '';
    let openedMs = 0;
    ws.on('open', () => (openedMs = now()));
    ws.on('error', (e: Error) => (why = e.message.slice(0, 60)));
    ws.on('close', (code: number) => {
      if (this.ws !== ws || stopping) return;
      const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** this.attempt++) * (0.5 + 0.5 * rand());
      setTimeout(() => {
        if (!stopping && this.ws === ws) {
          emit({
            ev: 'reconnect',
            userId: this.userId,
            t: now(),
            code,
            why: why || `open ${Math.round((now() - openedMs) / 1000)}s silent ${Math.round((now() - this.lastFrameMs) / 1000)}s`,
          });
          this.connect();
        }
      }, delay);
    });
  }

  /** A connection silent for longer than the relay's heartbeat allows is dead: drop it and reconnect. */
  watchdog(): void {
    if (this.ws && this.ws.readyState === WebSocket.OPEN && now() - this.lastFrameMs > cfg.deadMs) this.ws.terminate();
  }

  send(commandId: string, command: Record<string, unknown>): void {
    this.pending.set(commandId, { command: { ...command, commandId }, firstSentMs: now() });
    if (this.ws?.readyState === WebSocket.OPEN)
      this.ws.send(JSON.stringify({ type: 'command', id: commandId, command: { ...command, commandId } }));
  }

  private onState(state: View, bytes: number): void {
    this.lastView = state;
    const vote = state.vote;
    if (vote && !this.seenVotes.has(vote.voteId)) {
      this.seenVotes.add(vote.voteId);
      emit({ ev: 'voteSeen', userId: this.userId, voteId: vote.voteId, t: now(), bytes });
      if (mode === 'cast' && !this.castCommandId) {
        const commandId = `cast-${this.userId}-${vote.voteId}`;
        const optionId = vote.options[Math.floor(rand() * vote.options.length)]!.id;
        setTimeout(() => {
          this.castCommandId = commandId;
          this.send(commandId, { type: 'vote:cast', voteId: vote.voteId, optionId });
        }, rand() * cfg.castSpreadMs);
      }
    }
    this.checkConverged();
  }

  private onAck(id: string, result: { ok: boolean; value?: unknown; error?: { detail?: { reason?: string } } }): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    const type = String(p.command.type);
    emit({
      ev: 'ack',
      userId: this.userId,
      type,
      ok: result.ok,
      reason: result.error?.detail?.reason ?? (result.ok ? undefined : String((result.error as { code?: string } | undefined)?.code)),
      value: result.value,
      t: now(),
      latencyMs: now() - p.firstSentMs,
    });
    if (id === this.castCommandId && result.ok) this.castAcked = true;
    this.checkConverged();
  }

  /** Converged: my ballot is acknowledged and the relay's live view shows it. */
  private checkConverged(): void {
    if (this.converged || !this.castAcked || !this.lastView?.me.vote?.hasVoted) return;
    this.converged = true;
    emit({ ev: 'converged', userId: this.userId, t: now() });
  }

  close(): void {
    this.ws?.terminate();
  }
}

async function main(): Promise<void> {
  const proxy: FaultProxy = await startFaultProxy({
    host: '127.0.0.1',
    target: cfg.relay,
    delayMs: cfg.delayMs,
    jitterMs: cfg.jitterMs,
    rand,
  });
  const bareProxy: FaultProxy = await startFaultProxy({
    host: '127.0.0.1',
    target: cfg.bare,
    delayMs: cfg.delayMs,
    jitterMs: cfg.jitterMs,
    rand,
  });
  const clients = cfg.clients.map((c) => ({ spec: c, cmd: new CommandClient(c.userId, c.token, proxy.port) }));
  const chair = clients.find((c) => c.spec.chair)?.cmd ?? null;
  const bares: WebSocket[] = [];
  for (const c of clients) {
    c.cmd.connect();
    const b = new WebSocket(`wss://127.0.0.1:${bareProxy.port}`, { ...TLS, perMessageDeflate: false });
    b.on('message', (data: Buffer) => {
      if (c.spec.chair) return;
      emit({ ev: 'bareSeen', userId: c.spec.userId, seq: Number(/"seq":(\d+)/.exec(data.toString('utf8', 0, 32))?.[1]), t: now() });
    });
    b.on('error', () => {});
    bares.push(b);
  }
  const watchdog = setInterval(() => clients.forEach((c) => c.cmd.watchdog()), 500);
  let chairSeq = 0;
  const rl = createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    const m = JSON.parse(line) as WorkerCommand;
    switch (m.cmd) {
      case 'chair':
        emit({ ev: 'chairSent', type: String(m.command.type), t: now() });
        chair?.send(`chair-${++chairSeq}`, m.command);
        break;
      case 'checkin':
        for (const c of clients) c.cmd.send(`checkin-${c.spec.userId}`, { type: 'attendance:check-in' });
        break;
      case 'mode':
        mode = m.mode;
        break;
      case 'bare': {
        const i = clients.findIndex((c) => c.spec.chair);
        const body = JSON.stringify({ seq: m.seq });
        bares[i]!.send(body + ' '.repeat(Math.max(0, m.size - body.length)));
        break;
      }
      case 'partition':
        proxy.setPartitioned(m.on);
        bareProxy.setPartitioned(m.on);
        break;
      case 'quit':
        stopping = true;
        clearInterval(watchdog);
        for (const c of clients) c.cmd.close();
        for (const b of bares) b.terminate();
        proxy.close();
        bareProxy.close();
        rl.close();
        process.exit(0);
        break;
      default: {
        const never: never = m;
        throw new Error(`unknown command ${JSON.stringify(never)}`);
      }
    }
  });
}

void main();
