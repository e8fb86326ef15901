#!/usr/bin/env node
/**
 * Mozilla's addons-linter (web-ext lint) on dist/firefox: 0 errors, and only the
 * warnings we have looked at and explained, each with its reason below
 * (docs/RELEASE.md says more).
 *
 *   node scripts/lint-firefox.mjs                                   dist/firefox
 *   node scripts/lint-firefox.mjs release/pinfri-firefox-X.Y.Z.zip  the package itself, unpacked
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { readCommandLine } from './cli.mjs';

/** Each known warning: its code, where it may appear, and why it is acceptable. */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\//,
    why: "Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which our lint forbids us to use.",
  },
];

const { positionals } = readCommandLine(process.argv.slice(2), {
  usage: `node scripts/lint-firefox.mjs [TARGET]

Runs Mozilla's addons-linter (web-ext lint) on the Firefox build or package.
Passes (exit 0) with no errors and only the warnings explained in this script.
Writes nothing (a package is unpacked to a temporary folder, then removed).`,
  positionals: { name: 'TARGET', help: 'a build folder or a .zip package (default: dist/firefox)', max: 1 },
  examples: ['node scripts/lint-firefox.mjs', 'node scripts/lint-firefox.mjs release/pinfri-firefox-0.1.0.zip'],
});
const target = positionals[0] ?? 'dist/firefox';
let sourceDir = target;
let unpacked = null;
if (target.endsWith('.zip')) {
  // web-ext lint takes a folder: unpack the package exactly as the store will.
  unpacked = mkdtempSync(join(tmpdir(), 'pinfri-lint-'));
  for (const [name, content] of Object.entries(unzipSync(readFileSync(target)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), content);
  }
  sourceDir = unpacked;
}
console.log(`web-ext lint on ${target}`);
const res = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
});
if (unpacked) rmSync(unpacked, { recursive: true, force: true });
let report;
try {
  report = JSON.parse(res.stdout);
} catch {
  console.error('✗ web-ext lint did not produce a report:\n', res.stdout, res.stderr);
  process.exit(1);
}
const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const unexplained = warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
for (const e of errors) console.error(`✗ error ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of unexplained) console.error(`✗ unexplained warning ${w.code} ${w.file ?? ''}: ${w.message}`);
for (const w of warnings.filter((w) => !unexplained.includes(w))) {
  console.log(`• known warning ${w.code} in ${w.file}: ${EXPLAINED.find((e) => e.code === w.code)?.why}`);
}
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${unexplained.length} unexplained), ${(report.notices ?? []).length} notices`);
process.exit(errors.length === 0 && unexplained.length === 0 ? 0 : 1);
