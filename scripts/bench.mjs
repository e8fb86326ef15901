#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension and the replica pages, then runs
 * scripts/bench.ts (TypeScript, loaded through Vite) to measure what PIN-fri
 * costs the pages it runs on. Arguments go through: --runs N, --no-write; --no-build skips the builds.
 */
import { spawnSync } from 'node:child_process';
import { runnerImport } from 'vite';

const argv = process.argv.slice(2);
if (!argv.includes('--no-build')) {
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
  const { module } = await runnerImport('./scripts/bench.ts');
  await module.runBench(argv);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
}
