import { defineConfig } from 'vite';

// The app loads nothing from the network: every asset, the map data and MapLibre's
// worker are emitted into dist/ and served by Tauri from tauri://localhost.
export default defineConfig({
  clearScreen: false,
  base: './',
  server: { port: 5173, strictPort: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
