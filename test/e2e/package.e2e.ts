/**
 * The release packages in release/ (`npm run package`; `npm test` makes them
 * from the builds just before): what is in them, SHA256SUMS, the zips loaded
 * unpacked into real Chromium and Firefox, and the Firefox package rebuilt
 * byte for byte from the source archive, in another folder, by BUILD.md's
 * own command.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILES, listFiles, SCREENSHOTS } from '../../scripts/package.ts';
import { dosDateTime, readZip, unzipFiles } from '../../scripts/zip.ts';
import { launchBrowser } from './drivers/index';
import type { BrowserName } from './drivers/types';
import { BROWSERS } from './support';
import { createReplicaResolver } from '../replicas/serve';

const RELEASE = resolve('release');
const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;
const zipPath = (kind: keyof typeof FILES) => join(RELEASE, FILES[kind](version));
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function unpack(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinfri-unpacked-'));
  temps.push(dir);
  for (const [name, content] of unzipFiles(readFileSync(zip))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** BUILD.md from the source archive. */
function buildMd(): string {
  return Buffer.from(unzipFiles(readFileSync(zipPath('source'))).get('BUILD.md')!).toString('utf8');
}
const epochFromBuildMd = () => Number(/SOURCE_DATE_EPOCH=(\d+) npm run package/.exec(buildMd())?.[1]);

describe('release/', () => {
  it('holds the three zips, SHA256SUMS that match them, and the screenshots', () => {
    const sums = readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8');
    const lines = sums.trimEnd().split('\n');
    const names = [FILES.chrome(version), FILES.firefox(version), FILES.source(version)].sort();
    expect(lines.map((l) => l.split('  ')[1])).toEqual(names);
    for (const line of lines) {
      const [sum, name] = line.split('  ') as [string, string];
      expect(sum, name).toBe(sha256(readFileSync(join(RELEASE, name))));
    }
    // The format `sha256sum -c` reads.
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: RELEASE, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    for (const shot of SCREENSHOTS) {
      const png = readFileSync(join(RELEASE, 'screenshots', shot.file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], shot.file).toEqual([...shot.size]);
    }
  });

  it.each([
    ['chrome', 'dist/chrome'],
    ['firefox', 'dist/firefox'],
  ] as const)('the %s zip is exactly %s, manifest at the root', (kind, dist) => {
    const files = unzipFiles(readFileSync(zipPath(kind)));
    expect([...files.keys()].sort()).toEqual(listFiles(dist));
    for (const [name, content] of files) expect(sha256(content), name).toBe(sha256(readFileSync(join(dist, name))));
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8'));
    expect(manifest.version).toBe(version);
    expect(manifest.icons['128']).toBe('icons/icon-128.png');
    if (kind === 'firefox') expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    else expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('every zip is in the fixed form: sorted, one time stamp, fixed modes', () => {
    const epoch = epochFromBuildMd();
    expect(epoch).toBeGreaterThan(1_600_000_000);
    for (const kind of ['chrome', 'firefox', 'source'] as const) {
      const raw = readFileSync(zipPath(kind));
      const entries = readZip(raw);
      const names = entries.map((e) => e.name);
      expect(names, kind).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
      for (const e of entries) expect([0o644, 0o755], `${kind} ${e.name}`).toContain(e.mode);
      // Every local header carries the same DOS date and time.
      const { date, time } = dosDateTime(epoch);
      let at = 0;
      for (const e of entries) {
        expect(raw.readUInt32LE(at)).toBe(0x04034b50);
        expect([raw.readUInt16LE(at + 10), raw.readUInt16LE(at + 12)], `${kind} ${e.name}`).toEqual([time, date]);
        at += 30 + raw.readUInt16LE(at + 26) + raw.readUInt16LE(at + 28) + e.data.length;
      }
    }
  });

  it('the built code holds no path of the machine it was built on', () => {
    for (const kind of ['chrome', 'firefox'] as const) {
      for (const [name, content] of unzipFiles(readFileSync(zipPath(kind)))) {
        const text = Buffer.from(content).toString('latin1');
        expect(text.includes(process.cwd()), `${kind} ${name}`).toBe(false);
        expect(/\/(home|root|Users|tmp|work)\/[\w.-]+\//.test(text), `${kind} ${name}`).toBe(false);
      }
    }
  });

  it('the source archive is every tracked file, plus BUILD.md with the command and the expected SHA-256', () => {
    const files = unzipFiles(readFileSync(zipPath('source')));
    const tracked = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    expect([...files.keys()].sort()).toEqual([...tracked, 'BUILD.md'].sort());
    for (const name of tracked) expect(sha256(files.get(name)!), name).toBe(sha256(readFileSync(name)));
    const md = buildMd();
    expect(md).toContain('npm ci');
    expect(md).toMatch(/Node\.js 20/);
    expect(md).toContain('independent');
    expect(md).toContain(`${sha256(readFileSync(zipPath('firefox')))}  release/${FILES.firefox(version)}`);
  });
});

describe.each(BROWSERS)('the packaged extension in %s', (name: BrowserName) => {
  it('marks the SMS option on the settings page', async () => {
    const dir = unpack(zipPath(name === 'chromium' ? 'chrome' : 'firefox'));
    const browser = await launchBrowser(name, { extensionDir: dir, resolve: createReplicaResolver() });
    try {
      const page = await browser.newPage();
      await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
      const marked = await page.waitFor(
        () => document.querySelector('input[data-replica-expect="sms"]')?.getAttribute('data-pinfri-target') === 'sms',
        undefined,
        15_000,
      );
      expect(marked).toBe(true);
      expect(await page.evaluate(() => document.querySelectorAll('[data-pinfri-target]').length)).toBe(1);
    } finally {
      await browser.close();
    }
  });
});

describe('reproducible', () => {
  it(
    'the source archive, unpacked elsewhere, npm ci, BUILD.md’s command: the same Firefox zip, byte for byte',
    () => {
      const dir = unpack(zipPath('source'));
      expect(existsSync(join(dir, '.git'))).toBe(false);
      const npmCi = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
      expect(npmCi.status, npmCi.stderr).toBe(0);
      const command = /^SOURCE_DATE_EPOCH=\d+ npm run package.*$/m.exec(buildMd())?.[0];
      expect(command).toBeDefined();
      // Not our NODE_ENV (Vitest's "test") nor our SOURCE_DATE_EPOCH: a reviewer's plain shell.
      const env = { ...process.env };
      delete env.NODE_ENV;
      delete env.SOURCE_DATE_EPOCH;
      const built = spawnSync('sh', ['-c', command!], { cwd: dir, encoding: 'utf8', env });
      expect(built.status, built.stdout + built.stderr).toBe(0);
      const ours = readFileSync(zipPath('firefox'));
      const theirs = readFileSync(join(dir, 'release', FILES.firefox(version)));
      expect(sha256(theirs)).toBe(sha256(ours));
      expect(sha256(readFileSync(join(dir, 'release', FILES.chrome(version))))).toBe(sha256(readFileSync(zipPath('chrome'))));
    },
    300_000,
  );
});
