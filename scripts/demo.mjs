#!/usr/bin/env node
/**
 * `npm run demo`: builds the extension and the replica pages, then runs
 * scripts/demo.ts (TypeScript, loaded through Vite) to show PIN-fri at work.
 * Arguments go through: --headless, --screenshot FILE, --page ID, --list,
 * --popup, --canvas, --promo, --crop, --guide-pictures (see demo.ts).
 */
import { spawnSync } from 'node:child_process';
import { runnerImport } from 'vite';

const argv = process.argv.slice(2);
if (!argv.includes('--list')) {
  for (const [cmd, args] of [
    ['node', ['scripts/build.mjs']],
    ['npx', ['vite', 'build', '--config', 'test/replicas/vite.config.ts']],
    ['node', ['scripts/ensure-browsers.mjs', 'chromium']],
  ]) {
    const res = spawnSync(cmd, args, { stdio: 'inherit' });
    if (res.status !== 0) process.exit(res.status ?? 1);
  }
}
try {
  const { module } = await runnerImport('./scripts/demo.ts');
  await module.runDemo(argv);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
