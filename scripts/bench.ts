/**
 * `npm run bench`: what PIN-fri costs the pages it runs on, measured in real
 * Chromium with the production build (dist/chrome) against the replica pages,
 * and, for one figure, in Firefox ESR (dist/firefox). Two Chromiums run side
 * by side, one with PIN-fri and one without, and runs alternate between them
 * so both see the same machine at the same moment; a third loads the floor
 * build (see floorBuild). Medians (and p95) of --runs runs (default 20).
 * Prints a table and writes the figures into docs/PERFORMANCE.md (between the
 * bench markers) and test-results/bench.json. Timings are reported, never
 * asserted: only byte sizes are checked, by test/e2e/budgets.e2e.ts.
 *
 * Run through scripts/bench.mjs, which builds first.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, type, release } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, CHROMIUM_PATH, type ChromiumBrowser } from '../test/e2e/drivers/chromium';
import { launchFirefox, FIREFOX_PATH } from '../test/e2e/drivers/firefox';
import { hintSetupRequest, pageReport } from '../src/core/messages';
import { isOneOf } from '../src/core/record';
import { createReplicaResolver, ROUTES } from '../test/replicas/serve';
import { hugeRoute } from '../test/replicas/routes';
import { domNoise, installCss, installPopupRecorder, installRecorder, type LateRecord, type PopupRecord } from './bench-page';
import { median, medianInterval, quantile, ratioInterval, ratioOfRatiosInterval, verdict } from './bench-stats';
import { longestTasks, timeIn, type CpuProfile, type TraceEvent } from './bench-trace';
import { buildSizes, contentScriptsFor, gzipSize, readBudgets, readManifest, type Bundle } from './bundle-sizes';

const DIST = resolve('dist/chrome');
const DIST_FIREFOX = resolve('dist/firefox');
const route = (id: string) => {
  const found = ROUTES.find((r) => r.id === id);
  if (!found) throw new Error(`no replica ${id}`);
  return found.url;
};
/** Digdir's web components, rendered at once: the settings page as it is today. */
const SETTINGS = route('elements-nb');
/** The same page with the choice rendered after 1.5 s. */
const LATE = route('elements-late-nb');
/** The plain settings page behind 600 000 rows of text: far more than PIN-fri reads (issue 22). */
const HUGE = hugeRoute(600_000);
/** Each huge load takes seconds: at most this many with and without, whatever --runs says. */
const HUGE_RUNS_MAX = 5;
/** Look-alikes: pages that are not official. */
const OTHER = ROUTES.filter((r) => r.kind === null).map((r) => r.url);
/** After load, how long both browsers keep the page before reading the metrics. */
const SETTLE_MS = 500;
/** The unrelated DOM mutations a busy page makes while PIN-fri has nothing to do, spread over frames. */
const NOISE_MUTATIONS = 10_000;
const NOISE_FRAMES = 50;
/** Chromium's CPU slowdown for the longest-task figure (CDP Emulation.setCPUThrottlingRate): an old, slow machine. */
const SLOW_CPU_RATE = 6;
/** Two late pages overlap by this much: each waits 1.5 s for its choice, so their busy moments never meet. */
const LATE_STAGGER_MS = 800;

interface HugeRun {
  /** Navigation → the load event (ms). */
  loaded: number;
  /** Navigation → the first frame after load painted (ms). */
  shown: number;
  /** Main-thread task time from navigation to SETTLE_MS after that frame (ms). */
  task: number;
  /** The hint's state with PIN-fri (it must be 'not-found'); null without. */
  hint: string | null;
}

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

async function freshPage(browser: ChromiumBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp };
}

/** Runs in the page: the hint's callout is placed beside the option. */
function hintPlaced(): boolean {
  return document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout[data-placement]') != null;
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

/**
 * One load of the settings page on a CPU slowed SLOW_CPU_RATE×, traced: the
 * longest main-thread task in which the content script worked, and the
 * longest task of all (bench-trace.ts longestTasks). The trace runs until the
 * hint is placed and SETTLE_MS more, so its placing and first frames are in.
 */
async function slowLoad(browser: ChromiumBrowser, scriptUrl: string): Promise<{ withScript: number; any: number }> {
  const { page, cdp } = await freshPage(browser);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU_RATE });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'], excludedCategories: ['*'] },
    });
    await page.goto(SETTINGS, { waitUntil: 'load', timeout: 60_000 });
    await waitForHint(page, 30_000);
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('Tracing.end');
    await complete;
    return longestTasks(events, scriptUrl);
  } finally {
    await page.close();
  }
}

/**
 * One load of the huge page: navigation → the load event, and → the first
 * frame after it (a person sees the page then), and the page's main-thread
 * task time until SETTLE_MS after that frame. PIN-fri's work lands there:
 * its script runs before the load event, and its hint shows in that frame.
 */
async function hugeLoad(browser: ChromiumBrowser): Promise<HugeRun> {
  const { page, cdp } = await freshPage(browser);
  try {
    await cdp.send('Performance.enable');
    await page.goto(HUGE.url, { waitUntil: 'load', timeout: 120_000 });
    const times = await page.evaluate(
      () =>
        new Promise<{ loaded: number; shown: number }>((done) =>
          requestAnimationFrame(() =>
            setTimeout(() => done({ loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart, shown: performance.now() }), 0),
          ),
        ),
    );
    await page.waitForTimeout(SETTLE_MS);
    const m = await metrics(cdp);
    const hint = browser.extensionId ? await page.evaluate(hintShown) : null;
    return { ...times, task: m.task, hint };
  } finally {
    await page.close();
  }
}

/** Runs in the page: the hint's state, if it shows. */
function hintShown(): string | null {
  return document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') ?? null;
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

/**
 * Firefox ESR, with dist/firefox installed as a temporary add-on (as the E2E
 * suite runs it): the late page, `runs` times. The recorder is installed
 * right after load, not before the page's scripts (the E2E driver has no init
 * scripts): the page inserts the choice 1.5 s after it renders, so the
 * recorder is there long before. Insert → marked is measured inside the page.
 */
async function firefoxLateRuns(runs: number, resolver: ReturnType<typeof createReplicaResolver>): Promise<{ version: string; late: LateRecord[] }> {
  const firefox = await launchFirefox({ extensionDir: DIST_FIREFOX, resolve: resolver, locale: 'nb' });
  try {
    const late: LateRecord[] = [];
    // The first run warms Firefox up (the add-on's first start, the replica's first compile), and is not counted.
    for (let i = 0; i <= runs; i += 1) {
      const page = await firefox.newPage();
      try {
        await page.goto(LATE);
        await page.evaluate(installRecorder, false);
        await page.waitFor(() => {
          const rec = (window as unknown as { __bench?: LateRecord }).__bench;
          return Boolean(rec?.marked && rec.hintPlaced);
        });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        const record = await page.evaluate(() => (window as unknown as { __bench: LateRecord }).__bench);
        if (i > 0) late.push(record);
      } finally {
        await page.close();
      }
    }
    return { version: await firefox.browser.version(), late };
  } finally {
    await firefox.close();
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
  /** Settings-page loads with PIN-fri on a CPU slowed SLOW_CPU_RATE×, traced (see slowLoad). */
  slow: { rate: number; longestWithScript: number[]; longestAny: number[] };
  /** The late page in Firefox ESR (see firefoxLateRuns). */
  firefox: { version: string; late: LateRecord[] };
  /** The huge page (HUGE), with and without PIN-fri, alternating (see hugeLoad). */
  huge: { elements: number; withExt: HugeRun[]; without: HugeRun[] };
}

const PARTS = ['load', 'late', 'noise', 'popup', 'floor', 'slow', 'huge', 'firefox'] as const;
type Part = (typeof PARTS)[number];

/** --runs N; --no-write; --only load,late,noise,popup,floor,slow,huge,firefox (a part run never writes docs/PERFORMANCE.md). */
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

  const resolver = createReplicaResolver([...ROUTES, HUGE]);
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
    slow: { rate: SLOW_CPU_RATE, longestWithScript: [], longestAny: [] },
    firefox: { version: '', late: [] },
    huge: { elements: HUGE.filler ?? 0, withExt: [], without: [] },
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

    if (parts.has('slow')) step(`settings page loads with PIN-fri, CPU slowed ${SLOW_CPU_RATE}×, traced, ${runs}×`);
    for (let i = 0; parts.has('slow') && i < runs; i += 1) {
      const longest = await slowLoad(ext, contentUrl(contentFile, ext.extensionId));
      result.slow.longestWithScript.push(longest.withScript);
      result.slow.longestAny.push(longest.any);
    }

    const hugeRuns = Math.min(runs, HUGE_RUNS_MAX);
    if (parts.has('huge')) step(`a page of ${HUGE.filler?.toLocaleString('en-US')} elements, ${hugeRuns}× with and without`);
    for (let i = 0; parts.has('huge') && i < hugeRuns; i += 1) {
      const order = i % 2 === 0 ? [true, false] : [false, true];
      for (const withExt of order) (withExt ? result.huge.withExt : result.huge.without).push(await hugeLoad(withExt ? ext : bare));
    }
  } finally {
    await Promise.all([ext.close(), bare.close()]);
  }

  if (parts.has('firefox')) {
    step(`Firefox ESR: the late page, ${runs}×`);
    result.firefox = await firefoxLateRuns(runs, resolver);
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
 * Issue 23's targets, each figure taken in this one run beside the floor
 * build, the browser without PIN-fri, or Driver.js. Reported, never asserted:
 * timings depend on the machine. Not to be loosened to look met. The content
 * script's bytes are held to `budgets.json`, as `npm test` holds them.
 */
export const TARGETS = {
  /** Content-script own main-thread time per settings-page load ÷ the floor build's. */
  contentVsFloorMax: 2.5,
  /** Page task time per load (with / without) ÷ the floor build's same ratio. */
  taskRatioVsFloorMax: 1.1,
  /** 10 000 unrelated mutations: main-thread script time, with / without (held where it is: no blind spot). */
  noiseScriptRatioMax: 1.8,
  /** … first mutation → painted after the last, with / without: what a person would feel. */
  noisePaintedRatioMax: 1.05,
  /** Option appears → marked, median, ÷ Driver.js's median (told the selector). */
  markVsPeerMax: 1.0,
  /** Frames from the option appearing to it being marked, in every run: 1 = before the next paint. */
  markFramesMax: 1,
  /** Popup: first button enabled, median ÷ the floor page's. */
  popupVsFloorMax: 1.1,
  /** The longest task with PIN-fri's script on a CPU slowed 6×, median over loads (a long task is over 50 ms). */
  slowLongestTaskMsMax: 50,
  /** Firefox: option inserted → marked, median: one frame at 60 Hz. */
  firefoxMarkMsMax: 1000 / 60,
  /** A page of 600 000 elements: navigation → first frame after load, with / without (issue 22). */
  hugeShownRatioMax: 1.2,
} as const;

export interface TargetRow {
  figure: string;
  measured: string;
  target: string;
  /** "yes" or "**no**", and ", within the noise" when the figure's interval reaches the other side of the target. */
  met: string;
}

type Moment = (r: LateRecord) => { t: number; f: number } | null;

/** From the option appearing (seen by the page's observer), or from `from`, to `to`: the runs that saw both. */
function latency(records: readonly LateRecord[], to: Moment, from: Moment = (r) => r.appear) {
  const pairs = records.flatMap((r) => {
    const start = from(r);
    const end = to(r);
    return start && end ? [{ t: end.t - start.t, f: end.f - start.f }] : [];
  });
  const t = pairs.map((p) => p.t);
  const f = pairs.map((p) => p.f);
  return { n: pairs.length, t, t50: median(t), t95: quantile(t, 0.95), f50: median(f), f95: quantile(f, 0.95) };
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

  const floorReady = r.floor.popup.flatMap((p) => (p.interactive === null ? [] : [p.interactive]));
  const fCs = r.floor.contentScriptMs;
  const fTask = pick(r.floor.load, (m) => m.task);
  const fOTask = pick(r.floor.without, (m) => m.task);
  const markFramesMax = r.late.ours.length === 0 ? Number.NaN : Math.max(...r.late.ours.map((x) => (x.appear && x.marked ? x.marked.f - x.appear.f : Number.POSITIVE_INFINITY)));
  const slow = r.slow.longestWithScript;
  const ffMark = latency(r.firefox.late, (x) => x.marked, (x) => x.inserted);
  const chromeInsertMark = latency(r.late.ours, (x) => x.marked, (x) => x.inserted);
  const hw = r.huge.withExt;
  const ho = r.huge.without;
  const hugeName = `a page of ${r.huge.elements.toLocaleString('en-US')} elements`;
  const hugeHints = [...new Set(hw.map((x) => x.hint ?? 'none'))].join(', ');
  const T = TARGETS;
  /**
   * A figure with its interval (bench-stats.ts): whether a miss or a pass is
   * clear, or within this run's noise; "not measured" when its part did not run.
   */
  const timed = (value: number, interval: [number, number], max: number, show: (v: number) => string) =>
    Number.isFinite(value)
      ? { measured: `${show(value)} (90 % of resamples: ${show(interval[0])}–${show(interval[1])})`, met: verdict(value, interval, max) }
      : { measured: 'n/a', met: 'not measured' };
  const times = (digits: number) => (v: number) => `${v.toFixed(digits)}×`;
  const plain = (v: number) => v.toFixed(2);

  const contentVsFloor = timed(median(cs) / median(fCs), ratioInterval(cs, fCs), T.contentVsFloorMax, plain);
  const taskVsFloor = timed(wTask / oTask / (median(fTask) / median(fOTask)), ratioOfRatiosInterval(pick(r.load.withExt, (m) => m.task), pick(r.load.without, (m) => m.task), fTask, fOTask), T.taskRatioVsFloorMax, plain);
  const hugeShown = timed(median(pick(hw, (x) => x.shown)) / median(pick(ho, (x) => x.shown)), ratioInterval(pick(hw, (x) => x.shown), pick(ho, (x) => x.shown)), T.hugeShownRatioMax, times(2));
  const markVsPeer = timed(mark.t50 / peer.t50, ratioInterval(mark.t, peer.t), T.markVsPeerMax, plain);
  const targets: TargetRow[] = [
    {
      figure: "content-script own time per settings-page load ÷ the floor build's",
      measured: `${ms(median(cs))} / ${ms(median(fCs))} = ${contentVsFloor.measured}`,
      target: `≤ ${T.contentVsFloorMax}`,
      met: contentVsFloor.met,
    },
    {
      figure: "page task time ratio ÷ the floor's ratio",
      measured: `${ratio(wTask, oTask)} / ${ratio(median(fTask), median(fOTask))} = ${taskVsFloor.measured}`,
      target: `≤ ${T.taskRatioVsFloorMax.toFixed(2)}`,
      met: taskVsFloor.met,
    },
    {
      figure: `${r.noise.mutations.toLocaleString('en-US')} unrelated mutations: script time, with / without`,
      ...timed(nScriptW / nScriptO, ratioInterval(pick(nw, (x) => x.m.script), pick(no, (x) => x.m.script)), T.noiseScriptRatioMax, times(2)),
      target: `≤ ${T.noiseScriptRatioMax.toFixed(1)}× (held, no blind spot)`,
    },
    {
      figure: '… painted after the last mutation, with / without',
      ...timed(nWallW / nWallO, ratioInterval(pick(nw, (x) => x.untilPaintedMs), pick(no, (x) => x.untilPaintedMs)), T.noisePaintedRatioMax, times(3)),
      target: `≤ ${T.noisePaintedRatioMax.toFixed(2)}×`,
    },
    {
      figure: 'option appears → marked ÷ Driver.js told the selector',
      measured: `${ms(mark.t50)} / ${ms(peer.t50)} = ${markVsPeer.measured}; at most ${markFramesMax} frame${markFramesMax === 1 ? '' : 's'} to marked`,
      target: `≤ ${T.markVsPeerMax.toFixed(1)}, and never painted unmarked (≤ ${T.markFramesMax} frame in every run)`,
      met: markFramesMax <= T.markFramesMax || markVsPeer.met === 'not measured' ? markVsPeer.met : '**no** (painted unmarked)',
    },
    {
      figure: 'popup first button ÷ the floor page',
      ...timed(median(popupInteractive) / median(floorReady), ratioInterval(popupInteractive, floorReady), T.popupVsFloorMax, plain),
      target: `≤ ${T.popupVsFloorMax.toFixed(2)}`,
    },
    {
      figure: "Longest task with PIN-fri's script, CPU slowed 6×",
      ...timed(median(slow), medianInterval(slow), T.slowLongestTaskMsMax, ms),
      target: `≤ ${T.slowLongestTaskMsMax} ms, median`,
    },
    {
      figure: 'Firefox: option appears → marked',
      ...timed(median(ffMark.t), medianInterval(ffMark.t), T.firefoxMarkMsMax, ms),
      target: `≤ 1 frame (${ms(T.firefoxMarkMsMax)}), median`,
    },
    {
      figure: `${hugeName}: navigation → first frame after load, with / without`,
      measured: hugeShown.measured,
      target: `≤ ${T.hugeShownRatioMax.toFixed(1)}×, and "not found" shown in every load`,
      met: hw.every((x) => x.hint === 'not-found') || hugeShown.met === 'not measured' ? hugeShown.met : `**no** (the hint: ${hugeHints})`,
    },
    {
      figure: 'content script, gzip',
      measured: bytes(r.sizes.official.gzip),
      target: `≤ ${bytes(b.contentGzipMax)} (budgets.json)`,
      met: r.sizes.official.gzip <= b.contentGzipMax ? 'yes' : '**no**',
    },
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
    ["Chromium: option inserted by the page's script → marked", `median ${ms(chromeInsertMark.t50)} / ${chromeInsertMark.f50} frames; p95 ${ms(chromeInsertMark.t95)} / ${chromeInsertMark.f95} frames`, ''],
    [`Peer: Driver.js ${r.peer.version} size`, `${bytes(r.peer.jsRaw)} raw, ${bytes(r.peer.jsGzip)} gzip JS + ${bytes(r.peer.cssGzip)} gzip CSS`, ''],
    [`${r.noise.mutations.toLocaleString('en-US')} unrelated mutations over ${r.noise.frames} frames: the page's loop, with / without`, `${ms(nLoopW)} / ${ms(nLoopO)}`, ratio(nLoopW, nLoopO)],
    ['… main-thread script time meanwhile, with / without', `${ms(nScriptW)} / ${ms(nScriptO)}`, ratio(nScriptW, nScriptO)],
    ['… main-thread task time meanwhile, with / without', `${ms(nTaskW)} / ${ms(nTaskO)}`, ratio(nTaskW, nTaskO)],
    ['… first mutation → painted after the last, with / without', `${ms(nWallW)} / ${ms(nWallO)}`, ratio(nWallW, nWallO)],
    ['Popup: navigation → checklist rendered', `median ${ms(median(popupProgress))}, p95 ${ms(quantile(popupProgress, 0.95))} (first contentful paint ${ms(median(popupFcp))})`, ''],
    ['Popup: navigation → first button enabled and focusable', `median ${ms(median(popupInteractive))}, p95 ${ms(quantile(popupInteractive, 0.95))}`, ''],
    ...floorRows(r),
    [
      "Longest task with PIN-fri's script, CPU slowed 6×",
      `median ${ms(median(slow))}, p95 ${ms(quantile(slow, 0.95))} (the page's longest task in the same loads: median ${ms(median(r.slow.longestAny))})`,
      '',
    ],
    [`${hugeName}, settings address: navigation → load event, with / without`, `${ms(median(pick(hw, (x) => x.loaded)))} / ${ms(median(pick(ho, (x) => x.loaded)))} (${hw.length} loads each)`, ratio(median(pick(hw, (x) => x.loaded)), median(pick(ho, (x) => x.loaded)))],
    ['… navigation → first frame after load', `${ms(median(pick(hw, (x) => x.shown)))} / ${ms(median(pick(ho, (x) => x.shown)))}`, ratio(median(pick(hw, (x) => x.shown)), median(pick(ho, (x) => x.shown)))],
    [`… main-thread task time until ${SETTLE_MS} ms after that frame`, `${ms(median(pick(hw, (x) => x.task)))} / ${ms(median(pick(ho, (x) => x.task)))}; the hint: ${hugeHints}`, ratio(median(pick(hw, (x) => x.task)), median(pick(ho, (x) => x.task)))],
    ['Firefox: option appears → marked', `inserted → marked: median ${ms(ffMark.t50)} / ${ffMark.f50} frames; p95 ${ms(ffMark.t95)} / ${ffMark.f95} frames (${ffMark.n} runs)`, ''],
  ];
  const targetTable = [
    '| figure (one run; the floor build, the browser without PIN-fri and Driver.js beside it) | measured | target | met |',
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
    `${r.runs} runs of each figure (with and without PIN-fri alternating), ${r.wallSeconds} s in all. Late-page samples: PIN-fri ${mark.n}, Driver.js ${peer.n}.${r.firefox.version ? ` Firefox: ${FIREFOX_PATH} ${r.firefox.version}, ${ffMark.n} samples.` : ''}`,
    '',
    'Targets (issue 23):',
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
