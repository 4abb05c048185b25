// Builds the browser app into web/dist, which `parley serve` serves from the same origin as the API.
// In development (`npx vite --config web/vite.config.ts`) /api is proxied to a running `parley serve`
// on PARLEY_API_PORT (default 4317, where `parley serve` listens).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.PARLEY_API_PORT ?? '4317';

export default defineConfig({
  root: webRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod's sources carry `@__PURE__` comments Rollup cannot place; the notice is about zod, not us.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    // The app imports the pure model schemas from ../src, which lies outside the web root.
    fs: { allow: [projectRoot] },
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
