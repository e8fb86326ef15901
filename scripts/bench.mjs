#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension and the replica pages, then runs
 * scripts/bench.ts (TypeScript, loaded through Vite) to measure what PIN-fri
 * costs the pages it runs on. Arguments go through: --runs N, --no-write; --no-build skips the builds.
 */
import { buildForBrowser, runTs } from './run-ts.mjs';

const argv = process.argv.slice(2);
if (!argv.includes('--no-build')) buildForBrowser();
await runTs('./scripts/bench.ts', 'runBench', argv, { stack: true });
