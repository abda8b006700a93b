import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'vite';
import { serveStatic } from '../../electron/laptop/host/static-files';
import { repoRoot } from '../helpers/laptop';

/** Where the harness pages are built (gitignored). */
export const HARNESS_DIR = join(repoRoot, 'tests', '.artifacts', 'viewer-harness');

/**
 * Builds the viewer harness and the stock pdf.js page with the app's Vite config (same pdf.js asset
 * plugin, same worker import), so what is measured is what ships.
 */
export async function buildViewerHarness(): Promise<string> {
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: join(repoRoot, 'tests', 'bench'),
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: HARNESS_DIR,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: {
        input: {
          harness: join(repoRoot, 'tests', 'bench', 'viewer-harness.html'),
          stock: join(repoRoot, 'tests', 'bench', 'viewer-stock.html'),
        },
      },
    },
  });
  return HARNESS_DIR;
}

export type HarnessServer = { url: string; close(): Promise<void> };

/**
 * Serves the built harness with the app's CSP (the same static handler the laptops use) and the test
 * files under /files/<name>.
 */
export function serveHarness(dir: string, files: (name: string) => Uint8Array | null): Promise<HarnessServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/files/')) {
      const bytes = files(decodeURIComponent(url.pathname.slice('/files/'.length)));
      if (!bytes) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': bytes.byteLength });
      return void res.end(bytes);
    }
    serveStatic(dir, req, res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
