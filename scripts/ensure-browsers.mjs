#!/usr/bin/env node
/**
 * Makes sure the two real browsers the E2E tests need are here and new enough.
 * Installs or upgrades them from Debian when we are root on Debian; otherwise
 * fails saying exactly what to install. It never skips, and never downloads a
 * browser of its own.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readCommandLine } from './cli.mjs';

/**
 * Firefox refuses to install an add-on whose strict_min_version is newer than
 * itself, so this must follow FIREFOX_MIN_VERSION in vite.config.ts (a test checks).
 * Debian bookworm's main suite still has ESR 140; bookworm-security has ESR 153.
 */
export const FIREFOX_MIN_MAJOR = 142;

export const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium', minMajor: 0 },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr', minMajor: FIREFOX_MIN_MAJOR },
];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The major version a browser binary reports, or 0 when it cannot say. */
const majorVersion = (file) => {
  try {
    const out = execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
    return Number(/(\d+)\.\d+/.exec(out)?.[1] ?? 0);
  } catch {
    return 0;
  }
};

/** What is wrong with a browser, or null when it is fine. */
const problem = (b) => {
  const file = process.env[b.env] ?? b.path;
  if (!isExecutable(file)) return `${b.name} is not installed (${file})`;
  const major = majorVersion(file);
  if (major < b.minMajor) return `${b.name} at ${file} is version ${major || 'unknown'}; the tests need ${b.minMajor} or newer`;
  return null;
};

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { positionals: wanted } = readCommandLine(process.argv.slice(2), {
    usage: `node scripts/ensure-browsers.mjs [PACKAGE…]

Checks that Chromium and Firefox ESR (the browsers the E2E tests drive) are
installed and new enough (Firefox ${FIREFOX_MIN_MAJOR} or newer). When one is not, and we
are root on Debian, installs it with apt-get; otherwise says what to install
and exits 1. CHROMIUM_PATH and FIREFOX_PATH point at other binaries.`,
    positionals: { name: 'PACKAGE', help: 'check only these (default: both)', oneOf: BROWSERS.map((b) => b.pkg) },
    examples: ['node scripts/ensure-browsers.mjs', 'node scripts/ensure-browsers.mjs chromium'],
  });
  const checked = BROWSERS.filter((b) => wanted.length === 0 || wanted.includes(b.pkg));
  const bad = checked.map((b) => ({ ...b, why: problem(b) })).filter((b) => b.why);
  if (bad.length === 0) process.exit(0);

  const custom = bad.filter((b) => process.env[b.env]);
  if (custom.length > 0) {
    for (const b of custom) console.error(`✗ ${b.env}: ${b.why}.`);
    process.exit(1);
  }

  const packages = bad.map((b) => b.pkg);
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
  if (!canApt) {
    for (const b of bad) console.error(`✗ ${b.why}.`);
    console.error(`  On Debian/Ubuntu (with the security suite enabled): sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
    console.error(`  Or point ${bad.map((b) => b.env).join(' / ')} at a suitable binary.`);
    process.exit(1);
  }

  console.log(`Installing ${packages.join(' ')} with apt-get (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = checked.map(problem).filter(Boolean);
  if (still.length > 0) {
    console.error(`✗ apt-get finished, but: ${still.join('; ')}.`);
    process.exit(1);
  }
}
