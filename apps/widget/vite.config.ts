import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// One self-contained script (no imports, no chunks) that any page can load with a plain
// <script src>; the gateway serves it at /widget.js and under its content hash.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
    lib: {
      entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
      name: 'Tablekeeper',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
