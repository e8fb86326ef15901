#!/usr/bin/env node
/**
 * `npm run package`: builds, then writes the store packages, the AMO source
 * archive, SHA256SUMS and the store screenshots to release/. The work is in
 * scripts/package.ts (TypeScript, loaded through Vite); see there and
 * docs/RELEASE.md. Options: --no-build, --no-source, --no-screenshots, --out DIR.
 */
import { runTs } from './run-ts.mjs';

await runTs('./scripts/package.ts', 'runPackage', process.argv.slice(2));
