/**
 * `npm run package`: the files the stores want, in release/ (not committed).
 *
 *   pinfri-chrome-X.Y.Z.zip    dist/chrome, manifest at the root: Chrome Web Store
 *   pinfri-firefox-X.Y.Z.zip   dist/firefox through `web-ext build`: addons.mozilla.org
 *   pinfri-source-X.Y.Z.zip    the tracked sources + BUILD.md: AMO's source upload
 *   SHA256SUMS                 the three zips (`sha256sum -c SHA256SUMS`)
 *   screenshots/*.png          1280×800 store screenshots in nb, by the demo
 *
 * The zips are reproducible: the same sources give the same bytes. Every
 * entry is sorted by name, carries one time stamp (SOURCE_DATE_EPOCH, else the
 * last commit's time) and fixed permissions. `web-ext build` alone is not
 * reproducible — it stamps each entry with the time of packing, ignoring file
 * times, and adds entries in whatever order the disk answers — so its zip is
 * put into that fixed form by scripts/zip.ts, keeping web-ext's compressed
 * bytes. docs/RELEASE.md has the details.
 *
 * Options: `npm run package -- --help` (scripts/package.mjs).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { runDemo } from './demo.ts';
import { normaliseZip, readZip, zipFiles, type ZipInput } from './zip.ts';

export interface PackageOptions {
  build: boolean;
  source: boolean;
  screenshots: boolean;
  out: string;
}

export interface PackageResult {
  version: string;
  epoch: number;
  /** File name → SHA-256 (hex), for the three zips. */
  sums: Record<string, string>;
  out: string;
}

export const FILES = {
  chrome: (v: string) => `pinfri-chrome-${v}.zip`,
  firefox: (v: string) => `pinfri-firefox-${v}.zip`,
  source: (v: string) => `pinfri-source-${v}.zip`,
};

/** The store screenshots: which replica page, and whether the popup is shown. */
export const SCREENSHOTS = [
  { file: '1-hint-brukerprofil-nb.png', args: ['--page', 'plain-nb'], size: [1280, 800] },
  { file: '2-hint-minid-elements-nb.png', args: ['--page', 'elements-nb'], size: [1280, 800] },
  { file: '3-popup-nb.png', args: ['--page', 'plain-nb', '--popup', '--canvas'], size: [1280, 800] },
  // Chrome Web Store: a small promo tile is required besides the icon and a screenshot.
  { file: 'promo-tile-440x280.png', args: ['--page', 'plain-nb', '--promo'], size: [440, 280] },
] as const;

function parsePackageArgs(argv: readonly string[]): PackageOptions {
  const known = ['--no-build', '--no-source', '--no-screenshots', '--out'];
  for (const [i, arg] of argv.entries()) {
    if (arg.startsWith('--') && !known.includes(arg)) throw new Error(`Unknown option ${arg}`);
    if (!arg.startsWith('--') && argv[i - 1] !== '--out') throw new Error(`Unexpected argument ${arg}`);
  }
  const at = argv.indexOf('--out');
  const out = at === -1 ? 'release' : argv[at + 1];
  if (!out || out.startsWith('--')) throw new Error('--out needs a folder');
  return {
    build: !argv.includes('--no-build'),
    source: !argv.includes('--no-source'),
    screenshots: !argv.includes('--no-screenshots'),
    out,
  };
}

function run(cmd: string, args: readonly string[], opts: { quiet?: boolean } = {}): string {
  const res = spawnSync(cmd, args, { encoding: 'utf8', stdio: opts.quiet ? 'pipe' : ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status ?? res.signal}):\n${res.stdout}${res.stderr ?? ''}`);
  return res.stdout;
}

const isGitCheckout = () => spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() === 'true';

/** SOURCE_DATE_EPOCH (reproducible-builds.org), else the last commit's time. */
function sourceDateEpoch(): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d+$/.test(fromEnv)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${fromEnv}"`);
    return Number(fromEnv);
  }
  if (!isGitCheckout()) throw new Error('Not a git checkout: set SOURCE_DATE_EPOCH (BUILD.md says which).');
  return Number(run('git', ['log', '-1', '--format=%ct'], { quiet: true }).trim());
}

/** Every file under dir, '/'-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function chromeZip(epoch: number): Buffer {
  const dir = resolve('dist/chrome');
  return zipFiles(
    listFiles(dir).map((name) => ({ name, content: readFileSync(join(dir, name)) })),
    epoch,
  );
}

/** `web-ext build` on dist/firefox, then the fixed form. */
function firefoxZip(epoch: number): Buffer {
  const dir = resolve('dist/firefox');
  const tmp = mkdtempSync(join(tmpdir(), 'pinfri-web-ext-'));
  try {
    run(
      resolve('node_modules/.bin/web-ext'),
      ['build', '--source-dir', dir, '--artifacts-dir', tmp, '--filename', 'web-ext.zip', '--overwrite-dest', '--no-config-discovery'],
      { quiet: true },
    );
    const raw = readFileSync(join(tmp, 'web-ext.zip'));
    // web-ext leaves out what its filters say (dot files, other zips…). Nothing of
    // ours should be left out: the package must be exactly dist/firefox.
    const packed = readZip(raw)
      .map((e) => e.name)
      .filter((n) => !n.endsWith('/'))
      .sort();
    const built = listFiles(dir);
    if (JSON.stringify(packed) !== JSON.stringify(built)) {
      throw new Error(`web-ext build did not pack exactly dist/firefox:\n packed: ${packed.join(', ')}\n built: ${built.join(', ')}`);
    }
    return normaliseZip(raw, epoch);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The tracked files, with git's idea of their mode, as in the working tree. */
function trackedFiles(): ZipInput[] {
  const listing = run('git', ['ls-files', '--stage', '-z'], { quiet: true });
  return listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, name] = line.split('\t') as [string, string];
      const mode = meta.split(' ')[0];
      if (mode !== '100644' && mode !== '100755') throw new Error(`${name}: git mode ${mode} is not a plain file`);
      return { name, content: readFileSync(name), mode: mode === '100755' ? 0o755 : 0o644 };
    });
}

export interface BuildInfo {
  version: string;
  epoch: number;
  commit: string;
  dirty: boolean;
  firefoxSha256: string;
  chromeSha256: string;
}

/** BUILD.md at the root of the source archive: how a reviewer gets the same Firefox package. */
export function buildMd(info: BuildInfo): string {
  const firefox = FILES.firefox(info.version);
  const date = new Date(info.epoch * 1000).toISOString().replace('.000Z', 'Z');
  return `# Building PIN-fri ${info.version} from this source

PIN-fri is a browser extension that guides MinID users from PIN codes to
one-time codes by SMS or the MinID app. It is independent: not made by, or
endorsed by, Digdir.

This archive holds every file tracked in PIN-fri's git repository at commit
\`${info.commit}\`${info.dirty ? ' (with changes not yet committed when it was made)' : ''}.
Nothing in it is generated, minified or downloaded; the built code comes from
\`src/\`, \`public/\` and \`manifest.json\` through Vite, crxjs and Preact's
compiler, all pinned by \`package-lock.json\`.

## What you need

- Linux on x86-64. We build and check on Debian 12; the bundler (Rolldown)
  is a native binary per platform, so other systems have not been checked.
- Node.js 20 (20.19 or newer; made with ${process.version}) and the npm that comes
  with it, or newer. \`npm ci\` installs the exact versions in \`package-lock.json\`
  from the npm registry; none of them has an install script.
- No browser, no other tool, no other download.

## Commands

\`\`\`sh
npm ci --no-audit --no-fund
SOURCE_DATE_EPOCH=${info.epoch} npm run package -- --no-source --no-screenshots
sha256sum release/${firefox}
\`\`\`

The last line must print

\`\`\`
${info.firefoxSha256}  release/${firefox}
\`\`\`

— the same bytes as the package we uploaded. (\`release/${FILES.chrome(info.version)}\`
comes out too: \`${info.chromeSha256}\`.)

\`SOURCE_DATE_EPOCH=${info.epoch}\` is the time of that commit (${date}); it
is the one time stamp written into every zip entry. Without it the command
uses the last git commit's time, and there is no git history in this archive.

## What the command does

1. \`node scripts/build.mjs\`: \`vite build\` twice (\`vite.config.ts\`), for
   Chrome (\`dist/chrome\`) and Firefox (\`dist/firefox\`). TypeScript and JSX
   are compiled and minified; there are no source maps. The icons are drawn
   from \`public/icon.svg\` by \`scripts/icons.ts\` (resvg, WebAssembly).
   One step of our own: \`scripts/one-file-page.ts\` bundles the popup's
   script into one file and puts its CSS in its HTML.
2. \`web-ext build\` (Mozilla's tool, \`node_modules/.bin/web-ext\`) zips
   \`dist/firefox\`. \`scripts/package.ts\` checks that it packed exactly the
   files of \`dist/firefox\`.
3. \`scripts/zip.ts\` rewrites that zip in a fixed form: entries sorted by
   name, every entry dated \`SOURCE_DATE_EPOCH\`, permissions 0644 (folders
   0755). The compressed bytes are web-ext's own. This step is needed because
   \`web-ext build\` stamps each entry with the time of packing and adds them
   in the order the disk answers, so two runs never match byte for byte.

To compare files rather than bytes: unzip our package and
\`release/${firefox}\` into two folders and \`diff -r\` them; there is no
difference, and both equal \`dist/firefox\`.

The main files to read: \`src/content/\` (the script on the MinID pages),
\`src/background/\`, \`src/popup/\`, \`src/guide/\`, \`src/core/\` (shared logic),
\`vite.config.ts\` (how the manifest is made), \`SECURITY.md\` (what PIN-fri
promises and how each promise is tested).
`;
}

async function takeScreenshots(out: string): Promise<void> {
  const dir = join(out, 'screenshots');
  mkdirSync(dir, { recursive: true });
  run('npx', ['vite', 'build', '--config', 'test/replicas/vite.config.ts'], { quiet: true });
  run('node', ['scripts/ensure-browsers.mjs', 'chromium']);
  for (const shot of SCREENSHOTS) {
    await runDemo(['--headless', ...shot.args, '--screenshot', join(dir, shot.file)]);
  }
}

export async function runPackage(argv: readonly string[]): Promise<PackageResult> {
  const opts = parsePackageArgs(argv);
  const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json version "${version}" is not X.Y.Z`);
  const epoch = sourceDateEpoch();
  if (opts.source && !isGitCheckout()) throw new Error('The source archive is made from git: run in a git checkout, or pass --no-source.');

  if (opts.build) run('node', ['scripts/build.mjs']);
  for (const target of ['chrome', 'firefox']) {
    if (!existsSync(`dist/${target}/manifest.json`)) throw new Error(`dist/${target} is not built (drop --no-build)`);
    const built = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')).version;
    if (built !== version) throw new Error(`dist/${target} is version ${built}, package.json says ${version}: build again`);
  }

  const out = resolve(opts.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const zips: Record<string, Buffer> = {
    [FILES.chrome(version)]: chromeZip(epoch),
    [FILES.firefox(version)]: firefoxZip(epoch),
  };
  if (opts.source) {
    const dirty = run('git', ['status', '--porcelain', '--untracked-files=no'], { quiet: true }).trim() !== '';
    if (dirty) console.warn('! The working tree has uncommitted changes: the source archive holds them, BUILD.md says so.');
    const info: BuildInfo = {
      version,
      epoch,
      commit: run('git', ['rev-parse', 'HEAD'], { quiet: true }).trim(),
      dirty,
      firefoxSha256: sha256(zips[FILES.firefox(version)]!),
      chromeSha256: sha256(zips[FILES.chrome(version)]!),
    };
    const files = trackedFiles();
    if (files.some((f) => f.name === 'BUILD.md')) throw new Error('BUILD.md is generated; do not track one at the top level');
    files.push({ name: 'BUILD.md', content: Buffer.from(buildMd(info), 'utf8') });
    zips[FILES.source(version)] = zipFiles(files, epoch);
  }
  const sums: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(zips).sort(([a], [b]) => (a < b ? -1 : 1))) {
    writeFileSync(join(out, name), bytes);
    sums[name] = sha256(bytes);
  }
  writeFileSync(join(out, 'SHA256SUMS'), Object.entries(sums).map(([name, sum]) => `${sum}  ${name}\n`).join(''));
  if (opts.screenshots) await takeScreenshots(out);

  console.log(`\nPIN-fri ${version}, time stamp ${epoch} (${new Date(epoch * 1000).toISOString()}), in ${relative('.', out) || '.'}/:`);
  for (const [name, sum] of Object.entries(sums)) console.log(`  ${sum}  ${name} (${zips[name]!.length} B)`);
  if (opts.screenshots) for (const s of SCREENSHOTS) console.log(`  screenshots/${s.file}`);
  return { version, epoch, sums, out };
}
