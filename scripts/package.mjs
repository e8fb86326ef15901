#!/usr/bin/env node
/**
 * `npm run package`: the work is in scripts/package.ts (TypeScript, loaded
 * through Vite); see there and docs/RELEASE.md. The options are read here,
 * before anything is built.
 */
import { readCommandLine } from './cli.mjs';
import { runTs } from './run-ts.mjs';

const { args } = readCommandLine(process.argv.slice(2), {
  usage: `npm run package -- [OPTIONS]   (node scripts/package.mjs)

Builds, then writes what the stores want to release/: the Chrome and Firefox
packages, the source archive for addons.mozilla.org, SHA256SUMS, and the store
screenshots (made by the demo in Chromium). The zips are reproducible: the same
sources give the same bytes. docs/RELEASE.md has the details.`,
  options: {
    'no-build': { type: 'boolean', help: 'package dist/ as it is' },
    'no-source': { type: 'boolean', help: 'no source archive' },
    'no-screenshots': { type: 'boolean', help: 'no store screenshots' },
    out: { type: 'string', value: 'DIR', help: 'where the files go (default release)' },
  },
  examples: ['npm run package', 'npm run package -- --no-build --no-screenshots --out /tmp/release'],
});
await runTs('./scripts/package.ts', 'runPackage', args);
