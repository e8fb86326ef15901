/**
 * E2E runs against the exact production builds and the release packages made
 * from them. `npm test` makes both just before (PINFRI_PREBUILT=1);
 * `npm run test:e2e` on its own makes them here.
 */
import { spawnSync } from 'node:child_process';

function run(cmd: string, args: string[]): void {
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

export default function setup(): void {
  if (process.env.PINFRI_PREBUILT === '1') return;
  run('node', ['scripts/build.mjs']);
  run('npx', ['vite', 'build', '--config', 'test/replicas/vite.config.ts']);
  run('node', ['scripts/package.mjs', '--no-build']);
}
