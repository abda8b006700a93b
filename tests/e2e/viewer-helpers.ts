import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import WebSocket from 'ws';
import type { Channel, Req, Res } from '../../shared/ipc/contract';
import { decodeWire, encodeWire, type WireResponse } from '../../shared/ipc/wire';
import type { Result } from '../../shared/util/result';
import { repoRoot } from '../helpers/laptop';

/** Helpers of the viewer e2e tests (not a spec file). */
export const SHOTS = path.join(repoRoot, 'tests', '.artifacts', 'screenshots');
export const CORPUS = path.resolve(repoRoot, 'tests', 'fixtures', 'pdf-corpus');

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** One signed-in API connection, as the renderer has (WebSocket + wire encoding). */
export type ApiClient = {
  call<C extends Channel>(channel: C, req: Req<C>): Promise<Result<Res<C>>>;
  must<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>>;
  close(): void;
};

export async function apiClient(url: string): Promise<ApiClient> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/api', { origin: url });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 1;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  ws.on('message', (data) => {
    const msg = decodeWire(data.toString()) as WireResponse;
    if (typeof msg.id === 'number') {
      pending.get(msg.id)?.(msg.result as Result<unknown>);
      pending.delete(msg.id);
    }
  });
  const call = (<C extends Channel>(channel: C, req: Req<C>) =>
    new Promise<Result<Res<C>>>((resolve) => {
      const id = next++;
      pending.set(id, resolve as (r: Result<unknown>) => void);
      ws.send(encodeWire({ id, channel, req }));
    })) as ApiClient['call'];
  return {
    call,
    async must(channel, req) {
      const r = await call(channel, req);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
      return r.value;
    },
    close: () => ws.close(),
  };
}

/** Signs in through the real sign-in screen. */
export async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('meeting-row').first()).toBeVisible();
}

/** From the meeting list: opens a meeting by title, then a document by title, and waits for its first page. */
export async function openDocument(page: Page, meetingTitle: string | RegExp, docTitle: string) {
  await page.getByTestId('meeting-row').filter({ hasText: meetingTitle }).getByRole('link').click();
  await page.getByRole('button', { name: docTitle }).first().click();
  await expect(page.getByTestId('document-viewer')).toBeVisible();
}

/** pdf.js warns "Setting up fake worker" when it falls back to the main thread; the viewer also logs it. */
export function watchFakeWorker(page: Page): () => string[] {
  const hits: string[] = [];
  page.on('console', (m) => {
    if (/fake worker/i.test(m.text())) hits.push(m.text());
  });
  return () => hits;
}
