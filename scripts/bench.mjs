#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension and the replica pages, then runs
 * scripts/bench.ts (TypeScript, loaded through Vite) to measure what PIN-fri
 * costs the pages it runs on. Arguments go through: --runs N, --no-write,
 * --only PARTS; --no-build skips the builds.
 */
import { buildForBrowser, runTs } from './run-ts.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(`Usage: npm run bench -- [--runs N] [--no-write] [--only PARTS] [--no-build]

Builds dist/ and the replica pages, then measures what PIN-fri costs the pages
it runs on (Chromium, and Firefox ESR for one figure). Writes the tables into
docs/PERFORMANCE.md and the raw runs into test-results/bench.json.

  --runs N      runs of each figure (default 20)
  --no-write    print only; leave docs/PERFORMANCE.md alone
  --only PARTS  some of load,late,noise,popup,floor,slow,firefox (never writes the doc)
  --no-build    measure the builds already in dist/`);
  process.exit(0);
}
if (!argv.includes('--no-build')) buildForBrowser();
await runTs('./scripts/bench.ts', 'runBench', argv, { stack: true });
