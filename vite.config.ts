// Builds the renderer into out/renderer, loaded by Electron through its app:// protocol and served
// by the test harness. Relative asset paths work under both.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome140',
    chunkSizeWarningLimit: 4000,
  },
});
