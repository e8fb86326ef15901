#!/usr/bin/env node
/**
 * `npm run package`: builds, then writes the store packages, the AMO source
 * archive, SHA256SUMS and the store screenshots to release/. The work is in
 * scripts/package.ts (TypeScript, loaded through Vite); see there and
 * docs/RELEASE.md. Options: --no-build, --no-source, --no-screenshots, --out DIR.
 */
import { runnerImport } from 'vite';

try {
  const { module } = await runnerImport('./scripts/package.ts');
  await module.runPackage(process.argv.slice(2));
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
