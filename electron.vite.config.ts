import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security/csp';

/** Writes the one CSP of the app into index.html: file:// pages receive no HTTP headers. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'relance-csp',
  transformIndexHtml: (html) => html.replace('%RELANCE_CSP%', CONTENT_SECURITY_POLICY),
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module nor require anything but 'electron':
      // one CommonJS bundle with its dependencies inlined.
      isolatedEntries: true,
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset URLs: the packaged app loads index.html from a file:// path.
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; a smaller bundle parses faster.
      minify: true,
      sourcemap: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
