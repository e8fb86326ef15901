/**
 * Bundles the replica of today's MinID front end (app/minid.ts with Digdir's
 * @felleslosninger/minid-elements) into test/replicas/dist/minid.{js,css}.
 * serve.ts hands those out at /__replica/ on the official hosts.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: false,
  logLevel: 'warn',
  resolve: {
    // The package's radio components exist in dist/ but are not in its exports map (0.1.8).
    alias: { '@minid-components/': here('../../node_modules/@felleslosninger/minid-elements/dist/components/') },
  },
  // Production Lit, as the real site ships it.
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: here('app/minid.ts'), formats: ['es'], fileName: () => 'minid.js', cssFileName: 'minid' },
  },
});
