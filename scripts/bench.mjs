#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension and the replica pages, then runs
 * scripts/bench.ts (TypeScript, loaded through Vite) to measure what PIN-fri
 * costs the pages it runs on. The options are read here, before anything is
 * built; bench.ts gives them meaning (--no-build is this file's own).
 */
import { readCommandLine } from './cli.mjs';
import { buildForBrowser, runTs } from './run-ts.mjs';

const { values, args } = readCommandLine(process.argv.slice(2), {
  usage: `npm run bench -- [OPTIONS]   (node scripts/bench.mjs)

Builds PIN-fri and the replica pages, then measures what PIN-fri costs the
pages it runs on (Chromium, a CPU slowed 6×, and Firefox ESR for one figure),
beside the floor build and Driver.js, and writes the figures to
docs/PERFORMANCE.md and the raw runs to test-results/bench.json.
Takes 5–10 minutes; run it on a quiet machine.`,
  options: {
    runs: { type: 'string', value: 'N', help: 'loads per figure (default 20)' },
    only: { type: 'string', value: 'PARTS', help: 'only some of load,late,noise,popup,floor,slow,huge,firefox (writes nothing)' },
    'no-write': { type: 'boolean', help: 'print the figures, leave docs/PERFORMANCE.md as it is' },
    'no-build': { type: 'boolean', help: 'measure dist/ as it is' },
  },
  examples: ['npm run bench', 'npm run bench -- --only popup --runs 10'],
});
if (!values['no-build']) buildForBrowser();
await runTs('./scripts/bench.ts', 'runBench', args, { stack: true });
