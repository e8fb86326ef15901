#!/usr/bin/env node
// Builds dist/chrome and dist/firefox from the same sources, one after the other.
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  const started = Date.now();
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target} in ${Date.now() - started} ms`);
}
