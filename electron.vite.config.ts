/**
 * Build for Gloss's three bundles: the main process (src-main), the sandboxed preload
 * (src-main/preload) and the React renderer (src-renderer). Main and preload stay CommonJS
 * so the e2e shim can load them with require() and Electron's sandbox can run the preload.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** GLOSS_OUT_DIR builds elsewhere than out/ (the e2e launcher reads the same variable). */
const outDir = process.env.GLOSS_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      lib: { entry: resolve(__dirname, 'src-main/index.ts'), formats: ['cjs'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          'import-worker': resolve(__dirname, 'src-main/import/worker.ts'),
          'file-check-worker': resolve(__dirname, 'src-main/app/file-check-worker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/preload/index.ts'),
          // The hidden old-origin page's preload, which exports the library to move it.
          'library-export': resolve(__dirname, 'src-renderer/src/library-move/export-preload.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, outDir, 'renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
      minify: process.env.GLOSS_NO_MINIFY ? false : 'oxc',
    },
  },
});
