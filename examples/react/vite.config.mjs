// Builds the example against the built package (`pnpm build` first): @leernetwerk/elements resolves
// to dist/, the way an app installing it from npm would get it.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { outDir: 'dist', reportCompressedSize: false, sourcemap: false, chunkSizeWarningLimit: 2000 },
});
