import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the renderer into dist/renderer with relative asset paths, so it loads from file://, a custom protocol or the browser host alike. */
export default defineConfig({
  // This folder, wherever the build is started from.
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One local bundle read from disk: size matters less than for the web.
    chunkSizeWarningLimit: 1500,
  },
});
