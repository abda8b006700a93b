import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The renderer is plain React + TSX; Vite 8's built-in oxc transform handles JSX (no plugin needed).
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  publicDir: resolve(__dirname, 'renderer', 'public'),
  build: {
    outDir: resolve(__dirname, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
});
