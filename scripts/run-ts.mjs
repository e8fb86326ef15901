/**
 * What `npm run demo`, `npm run bench` and `npm run package` share: build
 * what they show (both extension builds, the replica pages, a browser), then
 * load their TypeScript through Vite and run it, ending with one clear line
 * on failure.
 */
import { spawnSync } from 'node:child_process';
import { runnerImport } from 'vite';
import { refuseToRunAlone } from './cli.mjs';

refuseToRunAlone(
  import.meta.url,
  `What scripts/demo.mjs, bench.mjs and package.mjs share: build both extension
builds, the replica pages and a browser, then load their TypeScript through
Vite and run it. Run one of those instead (npm run demo -- --help).`,
);

/** Both builds, the replica pages, and Chromium (installed if missing, where we can). */
export function buildForBrowser() {
  for (const [cmd, args] of [
    ['node', ['scripts/build.mjs']],
    ['npx', ['vite', 'build', '--config', 'test/replicas/vite.config.ts']],
    ['node', ['scripts/ensure-browsers.mjs', 'chromium']],
  ]) {
    const res = spawnSync(cmd, args, { stdio: 'inherit' });
    if (res.status !== 0) process.exit(res.status ?? 1);
  }
}

/** Runs `file`'s exported function `name` with argv; on error prints it and exits 1. */
export async function runTs(file, name, argv, { stack = false } = {}) {
  try {
    const { module } = await runnerImport(file);
    await module[name](argv);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? (stack ? (error.stack ?? error.message) : error.message) : error}`);
    process.exit(1);
  }
}
