#!/usr/bin/env node
/**
 * Makes sure the two real browsers the E2E tests need are here. Installs them
 * from Debian when we are root on Debian; otherwise fails saying exactly what
 * to install. It never skips, and never downloads a browser of its own.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const missing = BROWSERS.filter((b) => !isExecutable(process.env[b.env] ?? b.path));
if (missing.length === 0) process.exit(0);

const custom = missing.filter((b) => process.env[b.env]);
if (custom.length > 0) {
  for (const b of custom) console.error(`✗ ${b.env}=${process.env[b.env]} is not an executable ${b.name}.`);
  process.exit(1);
}

const packages = missing.map((b) => b.pkg);
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
if (!canApt) {
  console.error(`✗ E2E tests need ${missing.map((b) => b.name).join(' and ')}, which are not installed.`);
  console.error(`  On Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}`);
  console.error(`  Or point ${missing.map((b) => b.env).join(' / ')} at an existing binary.`);
  process.exit(1);
}

console.log(`Installing ${packages.join(' ')} with apt-get (about a minute)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
const still = BROWSERS.filter((b) => !isExecutable(b.path));
if (still.length > 0) {
  console.error(`✗ apt-get finished but ${still.map((b) => b.path).join(', ')} is still missing.`);
  process.exit(1);
}
