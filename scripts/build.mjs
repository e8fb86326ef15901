#!/usr/bin/env node
// Builds dist/chrome and dist/firefox from the same sources, one after the other.
import { build } from 'vite';
import { readCommandLine } from './cli.mjs';

readCommandLine(process.argv.slice(2), {
  usage: `node scripts/build.mjs   (npm run build)

Builds the extension for both browsers, production mode, into dist/chrome and
dist/firefox (each emptied first). No options.`,
  examples: ['npm run build'],
});

// Always a production build. Vite decides by NODE_ENV, and a parent process
// may have set another value: Vitest sets "test", and Vite's runnerImport
// (used by scripts/package.mjs) sets "development". Either turns on Preact's
// development JSX, which writes every component's absolute source path into
// the built code: more bytes, and a package that differs with the folder it
// was built in, so nobody could rebuild it byte for byte.
process.env.NODE_ENV = 'production';

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  const started = Date.now();
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target} in ${Date.now() - started} ms`);
}
