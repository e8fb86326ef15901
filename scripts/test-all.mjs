#!/usr/bin/env node
/**
 * `npm test`: every check, in the order a failure is cheapest to read:
 * typecheck, lint, unit and component tests, the two production builds,
 * the release packages made from them (release/, as `npm run package`),
 * Mozilla's linter on the Firefox build and on the Firefox package, then E2E
 * in real Chromium and Firefox (which also loads the packages and rebuilds
 * the Firefox one from the source archive).
 * Every step runs even after a failure, so one run shows everything; the
 * summary at the end says what passed, and the exit code is non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { readCommandLine } from './cli.mjs';

readCommandLine(process.argv.slice(2), {
  usage: `node scripts/test-all.mjs   (npm test)

Every check in turn: typecheck, lint, unit tests, both builds and the replica
pages, the release packages (release/), web-ext lint, then E2E in Chromium and
Firefox (installed first if missing). Every step runs even after a failure; the
summary says what passed, and the exit code is 1 if anything failed. Writes
dist/, release/ and test-results/. No options.`,
  examples: ['npm test'],
});

mkdirSync('test-results', { recursive: true });

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const npx = (args, extraEnv = {}) => ({ cmd: 'npx', args, env: extraEnv });
const node = (args, extraEnv = {}) => ({ cmd: 'node', args, env: extraEnv });

const steps = [
  { name: 'typecheck', run: [npx(['tsc', '--noEmit', '-p', 'tsconfig.json'])] },
  { name: 'lint', run: [npx(['eslint', '.'])] },
  {
    name: 'unit + component tests',
    report: 'test-results/unit.json',
    run: [npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'])],
  },
  { name: 'build (dist/chrome, dist/firefox, replicas)', run: [node(['scripts/build.mjs']), npx(['vite', 'build', '--config', 'test/replicas/vite.config.ts'])] },
  // From the builds just made, so E2E tests the very bytes that are packaged.
  { name: 'package (release/)', run: [node(['scripts/package.mjs', '--no-build'])] },
  {
    name: 'web-ext lint (Firefox build and package)',
    run: [node(['scripts/lint-firefox.mjs']), node(['scripts/lint-firefox.mjs', `release/pinfri-firefox-${version}.zip`])],
  },
  {
    name: 'E2E in Chromium and Firefox',
    report: 'test-results/e2e.json',
    run: [
      node(['scripts/ensure-browsers.mjs']),
      npx(
        ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json'],
        { PINFRI_PREBUILT: '1' },
      ),
    ],
  },
];

const results = [];
let passedTests = 0;
let failedTests = 0;
for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  if (step.report) rmSync(step.report, { force: true });
  let ok = true;
  for (const { cmd, args, env } of step.run) {
    const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    if (res.status !== 0) {
      ok = false;
      break;
    }
  }
  let counts = '';
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8'));
      passedTests += json.numPassedTests;
      failedTests += json.numFailedTests;
      counts = `${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests + json.numTodoTests} skipped`;
      if (json.numPendingTests + json.numTodoTests > 0) {
        ok = false;
        counts += ' (nothing may be skipped)';
      }
      if (json.numTotalTests === 0) {
        ok = false;
        counts = 'no tests ran';
      }
    } catch {
      counts = 'no report';
      ok = false;
    }
  }
  results.push({ name: step.name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), counts });
}

console.log('\n━━ Summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)${r.counts ? ` — ${r.counts}` : ''}`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failedSteps} passed, ${failedSteps} failed`);
console.log(`tests: ${passedTests} passed, ${failedTests} failed`);
process.exit(failedSteps === 0 ? 0 : 1);
