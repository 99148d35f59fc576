import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into apps/admin/dist and served by the gateway at /admin; `npx vite -c apps/admin/vite.config.ts`
// runs a dev server that sends API calls to a gateway on :3000.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/admin/api': 'http://localhost:3000' } },
});
