import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The viewer builds to viewer/dist with relative asset paths, so the static files can be hosted anywhere. */
export default defineConfig({
  root,
  base: './',
  resolve: {
    // The browser build of graphology-gexf uses the page's own DOMParser instead of bundling xmldom.
    alias: [{ find: /^graphology-gexf$/, replacement: 'graphology-gexf/browser' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
