/**
 * `npm run bench`: what PIN-fri costs the pages it runs on, measured in real
 * Chromium with the production build (dist/chrome) against the replica pages.
 * Two browsers run side by side, one with PIN-fri and one without, and runs
 * alternate between them so both see the same machine at the same moment.
 * Medians (and p95) of --runs runs (default 20). Prints a table and writes the
 * figures into docs/PERFORMANCE.md (between the bench markers) and
 * test-results/bench.json. Timings are reported, never asserted: only byte
 * sizes are checked, by test/e2e/budgets.e2e.ts.
 *
 * Run through scripts/bench.mjs, which builds first.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, type, release } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, CHROMIUM_PATH, type ChromiumBrowser } from '../test/e2e/drivers/chromium';
import { hintSetupRequest, pageReport } from '../src/core/messages';
import { isOneOf } from '../src/core/record';
import { createReplicaResolver, ROUTES } from '../test/replicas/serve';
import { domNoise, installCss, installPopupRecorder, installRecorder, type LateRecord, type PopupRecord } from './bench-page';
import { median, quantile, ratioInterval, verdict } from './bench-stats';
import { buildSizes, contentScriptsFor, gzipSize, readBudgets, readManifest, type Bundle } from './bundle-sizes';

const DIST = resolve('dist/chrome');
const route = (id: string) => {
  const found = ROUTES.find((r) => r.id === id);
  if (!found) throw new Error(`no replica ${id}`);
  return found.url;
};
/** Digdir's web components, rendered at once: the settings page as it is today. */
const SETTINGS = route('elements-nb');
/** The same page with the choice rendered after 1.5 s. */
const LATE = route('elements-late-nb');
/** Look-alikes: pages that are not official. */
const OTHER = ROUTES.filter((r) => r.kind === null).map((r) => r.url);
/** After load, how long both browsers keep the page before reading the metrics. */
const SETTLE_MS = 500;
/** The unrelated DOM mutations a busy page makes while PIN-fri has nothing to do, spread over frames. */
const NOISE_MUTATIONS = 10_000;
const NOISE_FRAMES = 50;
/** Two late pages overlap by this much: each waits 1.5 s for its choice, so their busy moments never meet. */
const LATE_STAGGER_MS = 800;

interface NoiseRun {
  loopMs: number;
  untilPaintedMs: number;
  m: Metrics;
}


const sleep = (delay: number) => new Promise((done) => setTimeout(done, delay));
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 1)} ms` : 'n/a');
const bytes = (v: number) => `${v.toLocaleString('en-US')} B`;

// ---------- in-browser helpers ----------

interface Metrics {
  script: number;
  task: number;
  layout: number;
  style: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
}

const diff = (a: Metrics, b: Metrics): Metrics => ({
  script: a.script - b.script,
  task: a.task - b.task,
  layout: a.layout - b.layout,
  style: a.style - b.style,
});

interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Main-thread time (ms) of samples with a frame of `url` anywhere on the stack. */
export function timeIn(profile: CpuProfile, url: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = node?.callFrame.url === url || (up !== undefined && ours(up));
    memo.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  // A sample stands for the time until the next one.
  for (let i = 0; i < samples.length; i += 1) if (ours(samples[i]!)) micros += deltas[i + 1] ?? 0;
  return micros / 1000;
}

async function freshPage(browser: ChromiumBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp };
}

/** Runs in the page: the hint's callout is placed beside the option. */
function hintPlaced(): boolean {
  return document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout[data-placement]') != null;
}

async function waitForHint(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(hintPlaced, undefined, { timeout, polling: 50 });
}

/** One load of the settings page: the page's metrics after SETTLE_MS, and optionally a CPU profile. */
async function loadSettings(browser: ChromiumBrowser, opts: { profile: boolean; waitForHint?: boolean }): Promise<{ m: Metrics; profile: CpuProfile | null }> {
  const { page, cdp } = await freshPage(browser);
  try {
    await cdp.send('Performance.enable');
    if (opts.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(SETTINGS, { waitUntil: 'load' });
    // No script of the bench runs in the page before the metrics are read: waiting for the hint
    // with waitForFunction injects Playwright's script and polls every 50 ms, which alone costs a
    // page ~20 ms of task time per load, and only the run with PIN-fri waited, so it was counted
    // against PIN-fri. The hint is placed well within SETTLE_MS; it is checked right after.
    await page.waitForTimeout(SETTLE_MS);
    const m = await metrics(cdp);
    const profile = opts.profile ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : null;
    // The floor build shows no hint (see floorBuild).
    if (browser.extensionId && opts.waitForHint !== false && !(await page.evaluate(hintPlaced))) {
      console.warn(`  the hint was not placed ${SETTLE_MS} ms after load: this run's metrics may miss some of its work`);
      await waitForHint(page);
    }
    return { m, profile };
  } finally {
    await page.close();
  }
}

async function lateRun(browser: ChromiumBrowser, peer: { js: string; css: string } | null): Promise<LateRecord> {
  const page = await browser.context.newPage();
  try {
    if (peer) {
      await page.addInitScript({ content: peer.js });
      await page.addInitScript(installCss, peer.css);
    }
    await page.addInitScript(installRecorder, peer !== null);
    await page.goto(LATE, { waitUntil: 'load' });
    await page.waitForFunction(
      (isPeer) => {
        const rec = (window as unknown as { __bench?: LateRecord }).__bench;
        return rec && (isPeer ? rec.peerDrawn : rec.hintPlaced && rec.marked);
      },
      peer !== null,
      { timeout: 10_000, polling: 50 },
    );
    // One more frame, so a late stamp is not cut short.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    return await page.evaluate(() => (window as unknown as { __bench: LateRecord }).__bench);
  } finally {
    await page.close();
  }
}

/** A settings page kept open in each browser for the mutation runs (PIN-fri idle on it). */
async function noisePage(browser: ChromiumBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const { page, cdp } = await freshPage(browser);
  await cdp.send('Performance.enable');
  await page.goto(SETTINGS, { waitUntil: 'load' });
  if (browser.extensionId) await waitForHint(page);
  await page.waitForTimeout(SETTLE_MS);
  return { page, cdp };
}

async function noiseRun({ page, cdp }: { page: Page; cdp: CDPSession }): Promise<NoiseRun> {
  const before = await metrics(cdp);
  const result = await page.evaluate(domNoise, { total: NOISE_MUTATIONS, batches: NOISE_FRAMES });
  const after = await metrics(cdp);
  return { ...result, m: diff(after, before) };
}

async function popupRun(browser: ChromiumBrowser, file = 'src/popup/index.html'): Promise<PopupRecord & { fcp: number | null }> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.addInitScript(installPopupRecorder);
    await page.goto(`chrome-extension://${browser.extensionId}/${file}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const rec = (window as unknown as { __bench?: PopupRecord }).__bench;
        return rec && rec.progress !== null && rec.interactive !== null;
      },
      undefined,
      { timeout: 10_000, polling: 50 },
    );
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return await page.evaluate(() => ({
      ...(window as unknown as { __bench: PopupRecord }).__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
  } finally {
    await page.close();
  }
}

/** JS the browser actually parsed from chrome-extension:// on a page, by CDP's Debugger (bytes of source). */
async function parsedExtensionJs(browser: ChromiumBrowser, url: string): Promise<number> {
  const { page, cdp } = await freshPage(browser);
  try {
    const seen = new Map<string, number>();
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.startsWith('chrome-extension://')) seen.set(e.scriptId, e.length ?? 0);
    });
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return [...seen.values()].reduce((a, b) => a + b, 0);
  } finally {
    await page.close();
  }
}

/**
 * The floor: what any extension costs in this harness before it does any
 * work. A copy of the build whose content script does only the least PIN-fri
 * must (ask the background, set one attribute, send one report), and with one
 * more page, as the popup opens it, whose one script reads storage and the tab
 * and then adds a button. Made in a temporary folder, never in dist/.
 */
// The messages are made by core/messages.ts, as the content script makes them, so the background takes them as ours.
const FLOOR_CONTENT = `(function(){const r=(globalThis.browser??globalThis.chrome).runtime;r.sendMessage(${JSON.stringify(hintSetupRequest())}).then(()=>{document.documentElement.setAttribute('data-pinfri-page','settings');return r.sendMessage(${JSON.stringify(pageReport('settings', 'pin-selected'))})}).catch(()=>{})})();\n`;
const FLOOR_PAGE = '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>floor</title></head><body><div id="app"></div><script type="module" src="./floor.js"></script></body></html>\n';
const FLOOR_SCRIPT = `const g=globalThis.browser??globalThis.chrome;Promise.all([g.storage.local.get(null),g.tabs.query({active:true,currentWindow:true})]).then(()=>{const d=document.createElement('div');d.setAttribute('data-testid','progress');const b=document.createElement('button');b.textContent='OK';document.getElementById('app').append(d,b)});\n`;
const FLOOR_POPUP = 'src/popup/floor.html';

function floorBuild(contentFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinfri-floor-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, contentFile), FLOOR_CONTENT);
  writeFileSync(join(dir, FLOOR_POPUP), FLOOR_PAGE);
  writeFileSync(join(dir, 'src/popup/floor.js'), FLOOR_SCRIPT);
  return dir;
}

// ---------- the run ----------

export interface BenchResult {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string; chromium: string };
  runs: number;
  wallSeconds: number;
  budgets: ReturnType<typeof readBudgets>;
  sizes: {
    official: Bundle;
    other: { url: string; raw: number }[];
    popup: Bundle;
    parsedOnOfficial: number;
    parsedOnOther: number;
  };
  load: {
    contentScriptMs: number[];
    withExt: Metrics[];
    without: Metrics[];
  };
  late: { ours: LateRecord[]; peer: LateRecord[] };
  noise: { mutations: number; frames: number; withExt: NoiseRun[]; without: NoiseRun[] };
  popup: (PopupRecord & { fcp: number | null })[];
  /** The same figures for the floor build (see floorBuild): loads with its metrics and profile, and its one-script page. */
  floor: { contentScriptMs: number[]; load: Metrics[]; without: Metrics[]; popup: (PopupRecord & { fcp: number | null })[] };
  peer: { name: string; version: string; jsGzip: number; cssGzip: number; jsRaw: number };
}

const PARTS = ['load', 'late', 'noise', 'popup', 'floor'] as const;
type Part = (typeof PARTS)[number];

/** --runs N; --no-write; --only load,late,noise,popup,floor (a part run never writes docs/PERFORMANCE.md). */
export function parseArgs(argv: readonly string[]): { runs: number; write: boolean; parts: ReadonlySet<Part> } {
  const at = argv.indexOf('--runs');
  const runs = at === -1 ? 20 : Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number');
  const only = argv.indexOf('--only');
  if (only === -1) return { runs, write: !argv.includes('--no-write'), parts: new Set(PARTS) };
  const names = (argv[only + 1] ?? '').split(',').filter(Boolean);
  const known = names.filter((n) => isOneOf(PARTS, n));
  const unknown = names.filter((n) => !isOneOf(PARTS, n));
  if (names.length === 0 || unknown.length > 0) throw new Error(`--only takes some of ${PARTS.join(',')}${unknown.length ? `, not ${unknown.join(',')}` : ''}`);
  return { runs, write: false, parts: new Set(known) };
}

export async function runBench(argv: readonly string[]): Promise<void> {
  const { runs, write, parts } = parseArgs(argv);
  const started = Date.now();
  const budgets = readBudgets();
  const manifest = readManifest(DIST);
  const sizes = buildSizes(DIST);
  const contentUrl = (file: string, id: string) => `chrome-extension://${id}/${file}`;
  const peerDir = resolve('node_modules/driver.js');
  const peerPkg = JSON.parse(readFileSync(`${peerDir}/package.json`, 'utf8')) as { version: string };
  const peerJs = readFileSync(`${peerDir}/dist/driver.js.iife.js`);
  const peerCss = readFileSync(`${peerDir}/dist/driver.css`);
  const peer = { js: peerJs.toString('utf8'), css: peerCss.toString('utf8') };

  const resolver = createReplicaResolver();
  const launch = (withExtension: boolean) => launchChromium({ extensionDir: DIST, resolve: resolver, withExtension, locale: 'nb' });
  const [ext, bare] = await Promise.all([launch(true), launch(false)]);
  const version = ext.context.browser()?.version() ?? 'unknown';
  const contentFile = sizes.content.files[0]?.path ?? '';
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: `${CHROMIUM_PATH} ${version}`,
    },
    runs,
    wallSeconds: 0,
    budgets,
    sizes: {
      official: contentScriptsFor(DIST, manifest, SETTINGS),
      other: [...OTHER, 'https://example.com/'].map((url) => ({ url, raw: contentScriptsFor(DIST, manifest, url).raw })),
      popup: sizes.popup,
      parsedOnOfficial: 0,
      parsedOnOther: 0,
    },
    load: { contentScriptMs: [], withExt: [], without: [] },
    late: { ours: [], peer: [] },
    noise: { mutations: NOISE_MUTATIONS, frames: NOISE_FRAMES, withExt: [], without: [] },
    popup: [],
    floor: { contentScriptMs: [], load: [], without: [], popup: [] },
    peer: { name: 'driver.js', version: peerPkg.version, jsGzip: gzipSize(peerJs), cssGzip: gzipSize(peerCss), jsRaw: peerJs.length },
  };
  const step = (name: string) => console.log(`… ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  try {
    step('warming up both browsers');
    await loadSettings(ext, { profile: false });
    await loadSettings(bare, { profile: false });
    await lateRun(ext, null);
    await lateRun(bare, peer);

    step('what the browser parses from the extension, official and look-alike page');
    result.sizes.parsedOnOfficial = await parsedExtensionJs(ext, SETTINGS);
    for (const url of OTHER) result.sizes.parsedOnOther = Math.max(result.sizes.parsedOnOther, await parsedExtensionJs(ext, url));

    if (parts.has('load')) step(`settings page loads, ${runs}× with and without`);
    for (let i = 0; parts.has('load') && i < runs; i += 1) {
      // Alternate which goes first, so neither always gets the warmer machine.
      const order = i % 2 === 0 ? [true, false] : [false, true];
      for (const withExt of order) {
        const run = await loadSettings(withExt ? ext : bare, { profile: false });
        (withExt ? result.load.withExt : result.load.without).push(run.m);
      }
      const profiled = await loadSettings(ext, { profile: true });
      result.load.contentScriptMs.push(timeIn(profiled.profile!, contentUrl(contentFile, ext.extensionId)));
    }

    if (parts.has('late')) step(`late page: PIN-fri and Driver.js, ${runs}× each`);
    for (let i = 0; parts.has('late') && i < runs; i += 1) {
      // Both at once, staggered: the 1.5 s each page waits is idle time for the other.
      const ours = (delay: number) => sleep(delay).then(() => lateRun(ext, null));
      const theirs = (delay: number) => sleep(delay).then(() => lateRun(bare, peer));
      const [a, b] = i % 2 === 0 ? await Promise.all([ours(0), theirs(LATE_STAGGER_MS)]) : await Promise.all([ours(LATE_STAGGER_MS), theirs(0)]);
      result.late.ours.push(a);
      result.late.peer.push(b);
    }

    if (parts.has('noise')) {
      step(`${NOISE_MUTATIONS} DOM mutations over ${NOISE_FRAMES} frames, ${runs}× with and without`);
      const noisy = { ext: await noisePage(ext), bare: await noisePage(bare) };
      for (let i = 0; i < runs; i += 1) {
        const order = i % 2 === 0 ? [true, false] : [false, true];
        for (const withExt of order) {
          (withExt ? result.noise.withExt : result.noise.without).push(await noiseRun(withExt ? noisy.ext : noisy.bare));
        }
      }
      await Promise.all([noisy.ext.page.close(), noisy.bare.page.close()]);
    }

    if (parts.has('popup')) step(`popup, ${runs}×`);
    for (let i = 0; parts.has('popup') && i < runs; i += 1) result.popup.push(await popupRun(ext));

    if (parts.has('floor')) {
      step(`the floor (an extension that does the least), ${runs}× with and without, and its one-script page`);
      const floorDir = floorBuild(contentFile);
      const floor = await launchChromium({ extensionDir: floorDir, resolve: resolver, withExtension: true, locale: 'nb' });
      try {
        await loadSettings(floor, { profile: false, waitForHint: false });
        for (let i = 0; i < runs; i += 1) {
          const order = i % 2 === 0 ? [true, false] : [false, true];
          for (const withFloor of order) {
            const run = await loadSettings(withFloor ? floor : bare, { profile: false, waitForHint: false });
            (withFloor ? result.floor.load : result.floor.without).push(run.m);
          }
          const profiled = await loadSettings(floor, { profile: true, waitForHint: false });
          result.floor.contentScriptMs.push(timeIn(profiled.profile!, contentUrl(contentFile, floor.extensionId)));
          // The popup and the one-script page alternate, in the same browser state.
          result.floor.popup.push(await popupRun(floor, FLOOR_POPUP));
        }
      } finally {
        await floor.close();
        rmSync(floorDir, { recursive: true, force: true });
      }
    }
  } finally {
    await Promise.all([ext.close(), bare.close()]);
  }
  result.wallSeconds = Math.round((Date.now() - started) / 1000);

  const report = render(result);
  console.log(`\n${report}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify(result, null, 2)}\n`);
  if (write) {
    writeFigures('docs/PERFORMANCE.md', report);
    console.log('Wrote the figures into docs/PERFORMANCE.md and the raw runs into test-results/bench.json.');
  }
}

// ---------- the report ----------

/**
 * What "close to nothing" means (issue 12), each figure taken in this one run
 * with and without PIN-fri (and Driver.js beside it). Reported, never
 * asserted: timings depend on the machine. Not to be loosened to look met.
 */
export const TARGETS = {
  /** Content-script main-thread time per settings-page load ÷ the page's own script time without PIN-fri. */
  contentShareMax: 0.3,
  pageScriptRatioMax: 1.1,
  pageTaskRatioMax: 1.2,
  noiseScriptRatioMax: 1.5,
  /** Option appears → marked, median, ÷ Driver.js's median (told the selector). */
  markVsPeerMax: 1.5,
  /** Frames from the option appearing to it being marked, in every run: 1 = before the next paint. */
  markFramesMax: 1,
  popupInteractiveMsMax: 45,
  contentGzipMax: 9216,
} as const;

export interface TargetRow {
  figure: string;
  measured: string;
  target: string;
  /** "yes" or "**no**", and ", within the noise" when the figure's interval reaches the other side of the target. */
  met: string;
}

function latency(records: readonly LateRecord[], to: (r: LateRecord) => { t: number; f: number } | null) {
  const pairs = records.flatMap((r) => {
    const end = to(r);
    return r.appear && end ? [{ t: end.t - r.appear.t, f: end.f - r.appear.f }] : [];
  });
  const t = pairs.map((p) => p.t);
  const f = pairs.map((p) => p.f);
  return { n: pairs.length, t50: median(t), t95: quantile(t, 0.95), f50: median(f), f95: quantile(f, 0.95) };
}

/** The floor's rows (see floorBuild), when it was measured: what any extension costs here before it does any work. */
function floorRows(r: BenchResult): string[][] {
  const f = r.floor;
  if (f.load.length === 0) return [];
  const script = median(f.load.map((m) => m.script));
  const task = median(f.load.map((m) => m.task));
  const oScript = median(f.without.map((m) => m.script));
  const oTask = median(f.without.map((m) => m.task));
  const ready = f.popup.flatMap((p) => (p.interactive === null ? [] : [p.interactive]));
  return [
    ['Floor: a content script that only asks the background, sets one attribute and reports, own main-thread time per load', `median ${ms(median(f.contentScriptMs))} (${(median(f.contentScriptMs) / oScript).toFixed(2)} of the page's script time)`, ''],
    ['Floor: page script / task time per load, with that content script / without', `${ms(script)} / ${ms(oScript)}; ${ms(task)} / ${ms(oTask)}`, `${(script / oScript).toFixed(2)}×; ${(task / oTask).toFixed(2)}×`],
    ['Floor: an extension page whose one script reads storage and the tab, then adds a button: navigation → that button focusable', `median ${ms(median(ready))}, p95 ${ms(quantile(ready, 0.95))}`, ''],
  ];
}

export function render(r: BenchResult): string {
  const b = r.budgets;
  const over = (value: number, max: number) => (value <= max ? `within ${bytes(max)}` : `**over** ${bytes(max)} by ${bytes(value - max)}`);
  const pick = <T>(list: readonly T[], f: (x: T) => number) => list.map(f);
  const ratio = (a: number, c: number) => (c > 0 ? `${(a / c).toFixed(2)}×` : 'n/a');
  const otherMax = Math.max(...r.sizes.other.map((o) => o.raw));

  const wScript = median(pick(r.load.withExt, (m) => m.script));
  const oScript = median(pick(r.load.without, (m) => m.script));
  const wTask = median(pick(r.load.withExt, (m) => m.task));
  const oTask = median(pick(r.load.without, (m) => m.task));
  const cs = r.load.contentScriptMs;

  const mark = latency(r.late.ours, (x) => x.marked);
  const hint = latency(r.late.ours, (x) => x.hintPlaced);
  const peer = latency(r.late.peer, (x) => x.peerDrawn);
  const peerCall = r.late.peer.flatMap((x) => (x.peerCallMs === null ? [] : [x.peerCallMs]));

  const nw = r.noise.withExt;
  const no = r.noise.without;
  const nLoopW = median(pick(nw, (x) => x.loopMs));
  const nLoopO = median(pick(no, (x) => x.loopMs));
  const nTaskW = median(pick(nw, (x) => x.m.task));
  const nTaskO = median(pick(no, (x) => x.m.task));
  const nScriptW = median(pick(nw, (x) => x.m.script));
  const nScriptO = median(pick(no, (x) => x.m.script));
  const nWallW = median(pick(nw, (x) => x.untilPaintedMs));
  const nWallO = median(pick(no, (x) => x.untilPaintedMs));

  const popupProgress = r.popup.flatMap((p) => (p.progress === null ? [] : [p.progress]));
  const popupInteractive = r.popup.flatMap((p) => (p.interactive === null ? [] : [p.interactive]));
  const popupFcp = r.popup.flatMap((p) => (p.fcp === null ? [] : [p.fcp]));

  const share = median(cs) / oScript;
  const markVsPeer = mark.t50 / peer.t50;
  const markFramesMax = Math.max(r.late.ours.length === 0 ? Number.POSITIVE_INFINITY : 0, ...r.late.ours.flatMap((x) => (x.appear && x.marked ? [x.marked.f - x.appear.f] : [Number.POSITIVE_INFINITY])));
  const popupReady = median(popupInteractive);
  const T = TARGETS;
  // Each timing ratio with its interval (bench-stats.ts ratioInterval): whether a miss or a pass is clear, or within this run's noise.
  const timed = (value: number, interval: [number, number], max: number, digits = 2, unit = '×') => ({
    measured: `${value.toFixed(digits)}${unit} (90 % of resamples: ${interval[0].toFixed(digits)}–${interval[1].toFixed(digits)}${unit})`,
    met: verdict(value, interval, max),
  });
  const shareRow = timed(share, ratioInterval(cs, pick(r.load.without, (m) => m.script)), T.contentShareMax, 2, '');
  const targets: TargetRow[] = [
    {
      figure: 'content script main-thread time per settings-page load, as a share of the page\'s own script time without PIN-fri',
      measured: `${ms(median(cs))} of ${ms(oScript)}: ${shareRow.measured}`,
      target: `≤ ${T.contentShareMax.toFixed(2)}`,
      met: shareRow.met,
    },
    {
      figure: 'page script time per load, with / without',
      ...timed(wScript / oScript, ratioInterval(pick(r.load.withExt, (m) => m.script), pick(r.load.without, (m) => m.script)), T.pageScriptRatioMax),
      target: `≤ ${T.pageScriptRatioMax.toFixed(2)}×`,
    },
    {
      figure: 'page task time per load, with / without',
      ...timed(wTask / oTask, ratioInterval(pick(r.load.withExt, (m) => m.task), pick(r.load.without, (m) => m.task)), T.pageTaskRatioMax),
      target: `≤ ${T.pageTaskRatioMax.toFixed(2)}×`,
    },
    {
      figure: `${r.noise.mutations.toLocaleString('en-US')} unrelated mutations: main-thread script time, with / without`,
      ...timed(nScriptW / nScriptO, ratioInterval(pick(nw, (x) => x.m.script), pick(no, (x) => x.m.script)), T.noiseScriptRatioMax),
      target: `≤ ${T.noiseScriptRatioMax.toFixed(2)}×`,
    },
    {
      figure: 'option appears → marked, median, against Driver.js told the selector (its median)',
      measured: `${ms(mark.t50)} vs ${ms(peer.t50)} (${ratio(mark.t50, peer.t50)}); at most ${markFramesMax} frame${markFramesMax === 1 ? '' : 's'} to marked`,
      target: `≤ ${T.markVsPeerMax.toFixed(1)}×, and still never painted unmarked (≤ ${T.markFramesMax} frame in every run)`,
      met: markVsPeer <= T.markVsPeerMax && markFramesMax <= T.markFramesMax ? 'yes' : '**no**',
    },
    { figure: 'popup: first button enabled, median (absolute, this machine)', measured: ms(popupReady), target: `≤ ${T.popupInteractiveMsMax} ms`, met: popupReady <= T.popupInteractiveMsMax ? 'yes' : '**no**' },
    { figure: 'content script, gzip', measured: bytes(r.sizes.official.gzip), target: `≤ ${bytes(T.contentGzipMax)}`, met: r.sizes.official.gzip <= T.contentGzipMax ? 'yes' : '**no**' },
  ];

  const rows: string[][] = [
    ['JS added to an official page (content script)', `${bytes(r.sizes.official.raw)} raw, ${bytes(r.sizes.official.gzip)} gzip`, over(r.sizes.official.gzip, b.contentGzipMax)],
    ['… as the browser parsed it (CDP, official page)', `${r.sizes.parsedOnOfficial.toLocaleString('en-US')} characters`, ''],
    ['JS added to a page that is not official', `${bytes(otherMax)} by the manifest (${r.sizes.other.length} URLs); ${r.sizes.parsedOnOther} characters parsed (CDP, ${r.sizes.other.length - 1} look-alikes)`, otherMax <= b.otherPageBytes && r.sizes.parsedOnOther <= b.otherPageBytes ? `within ${bytes(b.otherPageBytes)}` : '**over**'],
    ['Popup JS', `${bytes(r.sizes.popup.raw)} raw, ${bytes(r.sizes.popup.gzip)} gzip`, over(r.sizes.popup.gzip, b.popupGzipMax)],
    ['Content-script main-thread time per settings-page load (CPU profile)', `median ${ms(median(cs))}, p95 ${ms(quantile(cs, 0.95))}`, ''],
    ['Page script time per load, with / without', `${ms(wScript)} / ${ms(oScript)}`, ratio(wScript, oScript)],
    ['Page task time per load, with / without', `${ms(wTask)} / ${ms(oTask)}`, ratio(wTask, oTask)],
    ['Option appears → marked `data-pinfri-target="sms"`', `median ${ms(mark.t50)} / ${mark.f50} frames; p95 ${ms(mark.t95)} / ${mark.f95} frames`, mark.f50 <= b.markFramesMedianMax ? `within ${b.markFramesMedianMax} frame` : `**over** ${b.markFramesMedianMax} frame`],
    ['Option appears → hint placed beside it', `median ${ms(hint.t50)} / ${hint.f50} frames; p95 ${ms(hint.t95)} / ${hint.f95} frames`, ''],
    [`Peer: Driver.js ${r.peer.version} highlight, option appears → popover drawn`, `median ${ms(peer.t50)} / ${peer.f50} frames; p95 ${ms(peer.t95)} / ${peer.f95} frames; the call itself ${ms(median(peerCall))}`, ''],
    [`Peer: Driver.js ${r.peer.version} size`, `${bytes(r.peer.jsRaw)} raw, ${bytes(r.peer.jsGzip)} gzip JS + ${bytes(r.peer.cssGzip)} gzip CSS`, ''],
    [`${r.noise.mutations.toLocaleString('en-US')} unrelated mutations over ${r.noise.frames} frames: the page's loop, with / without`, `${ms(nLoopW)} / ${ms(nLoopO)}`, ratio(nLoopW, nLoopO)],
    ['… main-thread script time meanwhile, with / without', `${ms(nScriptW)} / ${ms(nScriptO)}`, ratio(nScriptW, nScriptO)],
    ['… main-thread task time meanwhile, with / without', `${ms(nTaskW)} / ${ms(nTaskO)}`, ratio(nTaskW, nTaskO)],
    ['… first mutation → painted after the last, with / without', `${ms(nWallW)} / ${ms(nWallO)}`, ratio(nWallW, nWallO)],
    ['Popup: navigation → checklist rendered', `median ${ms(median(popupProgress))}, p95 ${ms(quantile(popupProgress, 0.95))} (first contentful paint ${ms(median(popupFcp))})`, ''],
    ['Popup: navigation → first button enabled and focusable', `median ${ms(median(popupInteractive))}, p95 ${ms(quantile(popupInteractive, 0.95))}`, ''],
    ...floorRows(r),
  ];
  const targetTable = [
    '| figure (one run, with / without PIN-fri, Driver.js beside it) | measured | target | met |',
    '|---|---|---|---|',
    ...targets.map((t) => `| ${t.figure} | ${t.measured} | ${t.target} | ${t.met} |`),
  ].join('\n');
  const table = [
    '| figure | measured | budget / ratio |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const m = r.machine;
  return [
    `Measured ${r.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}, Node ${m.node}, ${m.chromium} headless.`,
    `${r.runs} runs of each figure (with and without PIN-fri alternating), ${r.wallSeconds} s in all. Late-page samples: PIN-fri ${mark.n}, Driver.js ${peer.n}.`,
    '',
    'Targets (issue 12):',
    '',
    targetTable,
    '',
    'All figures:',
    '',
    table,
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function writeFigures(file: string, report: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = `# Performance\n\n${START}\n${END}\n`;
  }
  const a = text.indexOf(START);
  const z = text.indexOf(END);
  if (a === -1 || z < a) throw new Error(`${file} has no ${START} … ${END} section for the figures`);
  writeFileSync(file, `${text.slice(0, a + START.length)}\n${report}\n${text.slice(z)}`);
}
