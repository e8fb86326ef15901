/**
 * Accessibility, checked by machine in real Chromium against the production
 * build. What a machine can tell, it tells here; it does not replace trying
 * with a screen reader.
 *
 * - axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) finds no violation on the popup
 *   in the states people meet it in, on the printable guide in nb, nn and en,
 *   and on the hint over the replica settings page (axe walks open shadow
 *   roots, so the hint's own DOM is checked).
 * - Reduced motion, forced colours and 200 % zoom: nothing cut off, nothing
 *   overlapping, no sideways scrolling. Screenshots go to test-results/a11y/.
 * - Keyboard only: from the popup to the guide with Tab and Enter.
 *
 * Chromium only: axe's results do not depend on the engine for these rules,
 * and Playwright gives us media emulation and a device scale factor. The
 * keyboard flow on the settings page runs in both browsers (hint.e2e.ts).
 *
 * 200 % zoom is emulated as a viewport of half the CSS pixels at device scale
 * factor 2 (a 1280×800 window becomes 640×400 CSS px), not with CSS `zoom`:
 * browser zoom changes the layout viewport, so media queries, `vw` and
 * position: fixed (the hint) respond as they would for a person who zooms;
 * CSS `zoom` on the root would leave them at 100 %. The popup is capped by
 * Chrome at 800×600 device pixels, so at 200 % it has 400×300 CSS px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_TEXT } from '../../src/core/guide-text';
import type { Language } from '../../src/core/language';
import { defaultState, STATE_KEY, type StoredState } from '../../src/core/storage';
import { createReplicaResolver } from '../replicas/serve';
import { launchChromium, type ChromiumBrowser } from './drivers/chromium';
import { extensionDir, overlaps, readHint } from './support';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = 'test-results/a11y';
const SETTINGS = 'https://brukerprofil.difi.no/minprofil/minid/';
/** A settings page whose «Kode på SMS» cannot be chosen until a mobile number is registered (test/replicas/routes.ts). */
const NO_MOBILE = `${SETTINGS}?form=ds&saved=letter&mobile=none`;
const POPUP = 'src/popup/index.html';
const GUIDE = 'src/guide/index.html';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe in the page (its source evaluated there, so the page's CSP does not apply) and returns the violations. */
async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const run = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await run.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // A target inside a shadow root is a list: host selector, then the selector inside it.
      targets: v.nodes.map((n) => n.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' | ')),
    }));
  }, WCAG_TAGS);
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  const report = violations.map((v) => `\n  ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('');
  expect(violations.length, `axe found ${violations.length} violation(s) on ${where}:${report}`).toBe(0);
}

const NOW = Date.now();

function withProgress(progress: StoredState['people'][number]['progress']): StoredState {
  const state = defaultState();
  state.people[0]!.progress = progress;
  return state;
}

/** The popup as people meet it: the stored state, and what they did after it opened. */
interface PopupCase {
  name: string;
  state(): StoredState | null;
  then?(page: Page): Promise<void>;
}

/** Fresh: the first question, four large choices. */
const FRESH: PopupCase = { name: 'fresh: the first question', state: () => null };
const SMS_TICKED: PopupCase = {
  name: 'another e-ID: SMS path with two ticks',
  state: () =>
    withProgress({ path: 'sms', situation: 'other-eid', marks: { 'sms-open-settings': { by: 'page', at: NOW }, 'sms-choose': { by: 'user', at: NOW } } }),
};
const APP_PATH: PopupCase = {
  name: 'another e-ID: app path with QR codes',
  state: () => withProgress({ path: 'app', situation: 'other-eid', marks: {} }),
  then: async (page) => void (await page.waitForSelector('svg.qr')),
};
const OFF_PIN: PopupCase = {
  name: 'already off PIN, with the method said',
  state: () => withProgress({ path: 'sms', situation: 'off-pin', saidMethod: 'app', marks: {} }),
};
const OFF_PIN_SEEN: PopupCase = {
  name: 'off PIN by a page: the app seen saved',
  state: () => withProgress({ path: 'app', situation: 'locked-out', otherMethod: { method: 'app', at: NOW }, marks: {} }),
};
const LOCKED_OUT_APP: PopupCase = {
  name: 'cannot log in: the way back in with the app, the QR codes and the letter',
  state: () =>
    withProgress({ path: 'back-in-app', situation: 'locked-out', marks: { 'back-in-call': { by: 'user', at: NOW }, 'back-in-letter': { by: 'user', at: NOW } } }),
  then: async (page) => void (await page.waitForSelector('svg.qr')),
};
const GUARDIAN_ROUTE: PopupCase = {
  name: 'answered guardian: the guardian’s route on the first checklist',
  state: () => {
    const state = withProgress({ path: 'back-in', situation: 'guardian', marks: {} });
    state.guardian = true;
    return state;
  },
  then: async (page) => void (await page.waitForSelector('[data-testid=letter-guardian]')),
};
const GUARDIAN: PopupCase = {
  name: 'guardian mode with a person added',
  state: () => {
    const state = defaultState();
    state.guardian = true;
    state.people.push({ id: 'p1', nickname: 'Mor', progress: { path: 'back-in', situation: 'guardian', marks: {} } });
    state.current = 'p1';
    return state;
  },
  // The guardian facts open too: the most there is to read.
  then: async (page) => {
    await page.waitForSelector('[data-person="p1"]');
    await page.click('.guardian-facts summary');
  },
};
const BACK_IN: PopupCase = {
  name: 'the way back in, for a guardian, with a tick and the new-user note',
  state: () => {
    const state = defaultState();
    state.guardian = true;
    state.people.push({ id: 'p1', nickname: 'Mor', progress: { path: 'back-in', situation: 'guardian', marks: { 'back-in-call': { by: 'page', at: NOW } } } });
    state.current = 'p1';
    return state;
  },
  then: async (page) => void (await page.waitForSelector('[data-testid=letter-facts]')),
};
const LOCKED_OUT_SMS: PopupCase = {
  name: 'cannot log in, no smartphone: the way back in by SMS and the new-user note',
  state: () => withProgress({ path: 'back-in', situation: 'locked-out', marks: {} }),
  then: async (page) => void (await page.waitForSelector('[data-testid=new-user]')),
};
const RESET_QUESTION: PopupCase = {
  name: 'the reset question open',
  state: SMS_TICKED.state,
  then: async (page) => {
    await page.click('[data-action=reset]');
    await page.waitForSelector('[data-action=confirm-no]');
  },
};

describe('chromium: accessibility', () => {
  let browser: ChromiumBrowser;
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

  /** Opens the popup on a stored state, and does what the case does. */
  async function popupWith(popupCase: PopupCase, tab?: Page, where: ChromiumBrowser = browser): Promise<Page> {
    await store(where, popupCase.state());
    const page = tab ?? (await where.context.newPage());
    await page.goto(`chrome-extension://${where.extensionId}/${POPUP}`);
    // The checklist is drawn: the first question, a route with steps, or off PIN.
    await page.waitForSelector('[data-testid=first-question], [data-testid=progress], [data-route]');
    await popupCase.then?.(page);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium({ extensionDir: extensionDir('chromium'), resolve: createReplicaResolver() });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('axe finds no WCAG A/AA violation', () => {
    for (const popupCase of [FRESH, SMS_TICKED, APP_PATH, OFF_PIN, OFF_PIN_SEEN, LOCKED_OUT_APP, LOCKED_OUT_SMS, GUARDIAN_ROUTE, GUARDIAN, BACK_IN, RESET_QUESTION]) {
      it(`popup: ${popupCase.name}`, async () => {
        const page = await popupWith(popupCase);
        await expectNoViolations(page, `the popup (${popupCase.name})`);
        await page.close();
      });
    }

    it.each(['nb', 'nn', 'en'])('guide in %s', async (lang) => {
      const page = await browser.context.newPage();
      await page.goto(extensionUrl(`${GUIDE}?lang=${lang}`));
      await guideShown(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expectNoViolations(page, `the guide (${lang})`);
      await page.close();
    });

    // The hint speaks the person's language, whatever the page's.
    it.each(['nb', 'nn', 'en'] as const)('the hint (%s) over the settings page', async (lang) => {
      await store(browser, inLanguage(lang));
      const page = await browser.context.newPage();
      await openHint(page);
      expect(await page.evaluate(() => document.querySelector('[data-pinfri-hint]')?.getAttribute('lang'))).toBe(lang);
      await expectNoViolations(page, `the settings page with the hint (${lang})`);
      await page.close();
    });

    it('the hint saying "add a mobile number first", over an SMS option that cannot be chosen yet', async () => {
      await store(browser, inLanguage('nb'));
      const page = await browser.context.newPage();
      await openHint(page, NO_MOBILE);
      expect(await page.evaluate(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state'))).toBe('sms-unavailable');
      await expectNoViolations(page, 'the settings page with the hint for a mobile number first');
      expect(await page.evaluate(hintProblems)).toEqual([]);
      await page.close();
    });

    it('(the check itself) sees into the hint\'s shadow root', async () => {
      const page = await browser.context.newPage();
      await page.goto(SETTINGS);
      await page.waitForFunction(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout[data-state]'));
      // The hint puts back anything a page plants in it (SECURITY.md), so the nameless button goes
      // into an open shadow root of the probe's own: axe must report it, with the host in its target.
      await page.evaluate(() => {
        const probe = document.createElement('pinfri-probe');
        probe.attachShadow({ mode: 'open' }).append(document.createElement('button'));
        document.body.append(probe);
      });
      const violations = await axe(page);
      expect(violations.map((v) => v.id)).toEqual(['button-name']);
      expect(violations[0]!.targets[0]).toMatch(/^pinfri-probe >>> /);
      // And axe checks the hint's own controls, inside its shadow root.
      const checkedInHint = await page.evaluate(async () => {
        type Run = (context: Document, options: object) => Promise<{ passes: { nodes: { target: unknown[] }[] }[] }>;
        const { axe } = window as unknown as { axe: { run: Run } };
        const result = await axe.run(document, { runOnly: { type: 'rule', values: ['button-name'] }, resultTypes: ['passes'] });
        // A node inside a shadow root has a target list: [host selector, selector inside].
        const host = document.querySelector('[data-pinfri-hint]');
        const inside = (target: unknown[]) => Array.isArray(target[0]) && document.querySelector(String(target[0][0])) === host;
        return result.passes.reduce((count, rule) => count + rule.nodes.filter((n) => inside(n.target)).length, 0);
      });
      expect(checkedInHint).toBeGreaterThanOrEqual(2);
      await page.close();
    });
  });

  describe('reduced motion and forced colours', () => {
    it('popup with forced colours: every control keeps a visible edge', async () => {
      const page = await popupWith(RESET_QUESTION);
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      expect(await page.evaluate(edgelessButtons)).toEqual([]);
      expect(await page.evaluate(layoutProblems)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/popup-forced-colors.png`, fullPage: true });
      await page.close();
    });

    it('popup with reduced motion: nothing moves', async () => {
      const page = await popupWith(RESET_QUESTION);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await page.evaluate(runningAnimations)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/popup-reduced-motion.png`, fullPage: true });
      await page.close();
    });

    it.each([
      ['forced colours', async (page: Page) => page.emulateMedia({ forcedColors: 'active' })],
      ['reduced motion', async (page: Page) => page.emulateMedia({ reducedMotion: 'reduce' })],
    ] as const)('hint with %s: on screen, whole, beside the option', async (label, emulate) => {
      const page = await browser.context.newPage();
      await emulate(page);
      await openHint(page);
      await expectHintWhole(page);
      if (label === 'forced colours') expect(await page.evaluate(edgelessButtons)).toEqual([]);
      if (label === 'reduced motion') expect(await page.evaluate(runningAnimations)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/hint-${slug(label)}.png` });
      await page.close();
    });
  });

  describe('200 % zoom', () => {
    let zoomed: ChromiumBrowser;
    beforeAll(async () => {
      zoomed = await launchChromium({ extensionDir: extensionDir('chromium'), resolve: createReplicaResolver(), deviceScaleFactor: 2 });
    });
    afterAll(async () => {
      await zoomed?.close();
    });

    /** A window of this many device pixels, at 200 %: half as many CSS pixels. */
    async function zoomedPage(window: { width: number; height: number }): Promise<Page> {
      const page = await zoomed.context.newPage();
      await page.setViewportSize({ width: window.width / 2, height: window.height / 2 });
      return page;
    }

    for (const popupCase of [FRESH, APP_PATH, OFF_PIN, LOCKED_OUT_APP, GUARDIAN, BACK_IN, RESET_QUESTION]) {
      it(`popup: ${popupCase.name}`, async () => {
        const page = await popupWith(popupCase, await zoomedPage(POPUP_WINDOW), zoomed);
        expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([POPUP_WINDOW.width / 2, 2]);
        expect(await page.evaluate(layoutProblems)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/popup-zoom200-${slug(popupCase.name)}.png`, fullPage: true });
        await page.close();
      });
    }

    it.each(['nb', 'nn', 'en'])('guide in %s', async (lang) => {
      const page = await zoomedPage(DESKTOP);
      await page.goto(`chrome-extension://${zoomed.extensionId}/${GUIDE}?lang=${lang}`);
      await guideShown(page);
      expect(await page.evaluate(layoutProblems)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/guide-zoom200-${lang}.png`, fullPage: true });
      await page.close();
    });

    it('(the check itself) finds a popup too wide for the window', async () => {
      const page = await popupWith(FRESH, await zoomedPage(POPUP_WINDOW), zoomed);
      await page.addStyleTag({ content: 'body { width: 500px; max-width: none; } .primary { width: 450px; }' });
      const problems = await page.evaluate(layoutProblems);
      expect(problems[0]).toMatch(/^scrolls sideways/);
      expect(problems.some((p) => p.startsWith('outside the width'))).toBe(true);
      await page.close();
    });

    it('hint over the settings page', async () => {
      // Bokmål: longer words than English, so the callout is at its widest.
      await store(zoomed, inLanguage('nb'));
      const page = await zoomedPage(DESKTOP);
      await openHint(page);
      expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([DESKTOP.width / 2, 2]);
      await expectHintWhole(page);
      await page.screenshot({ path: `${SHOTS}/hint-zoom200.png` });
      await page.close();
    });
  });

  describe('the guide on paper', () => {
    it('prints on A4, black on white, without buttons or links to other languages', async () => {
      const page = await browser.context.newPage();
      await page.goto(extensionUrl(`${GUIDE}?lang=nb`));
      await guideShown(page);
      await page.emulateMedia({ media: 'print' });
      const look = await page.evaluate(() => ({
        shown: Array.from(document.querySelectorAll('button, nav')).filter((el) => (el as HTMLElement).offsetParent !== null).length,
        colours: Array.from(document.querySelectorAll('h1, h2, p, li, a')).map((el) => getComputedStyle(el).color),
        background: getComputedStyle(document.body).backgroundColor,
        smallest: Math.min(...Array.from(document.querySelectorAll('p, li')).map((el) => parseFloat(getComputedStyle(el).fontSize))),
        // Each picture is loaded and at most 12 cm wide (453.5 CSS px), so a step and its picture share a page.
        pictures: Array.from(document.querySelectorAll<HTMLImageElement>('figure.picture img')).map(
          (img) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width <= 454,
        ),
      }));
      expect(look.pictures.length).toBeGreaterThan(0);
      expect(look.pictures.every(Boolean)).toBe(true);
      expect(look.shown).toBe(0);
      expect([...new Set(look.colours)]).toEqual(['rgb(0, 0, 0)']);
      expect(look.background).toBe('rgb(255, 255, 255)');
      // 14 pt is 18.67 CSS px: large print.
      expect(look.smallest).toBeGreaterThanOrEqual(18);
      const pdf = await page.pdf({ path: `${SHOTS}/guide-nb.pdf`, preferCSSPageSize: true });
      // A4 is 210 × 297 mm: 595 × 842 points.
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual([595, 842]);
      await page.close();
    });
  });

  describe('keyboard only', () => {
    it('goes from the popup to the guide with Tab and Enter, and prints from there', async () => {
      const popup = await popupWith(FRESH);
      const lang = (await popup.evaluate(() => document.documentElement.lang)) as 'nb' | 'nn' | 'en';
      let steps = 0;
      while ((await popup.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null)) !== 'open-guide') {
        expect(steps++, 'Tab never reached the guide link').toBeLessThan(40);
        await popup.keyboard.press('Tab');
      }
      const [guide] = await Promise.all([browser.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
      await guide.waitForSelector('h1');
      expect(guide.url()).toBe(extensionUrl(GUIDE));
      // It opens in the language the popup speaks.
      expect(await guide.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await guide.textContent('h1')).toBe(GUIDE_TEXT[lang].title);
      // Stand in for the print dialog, which a headless browser cannot show.
      await guide.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      steps = 0;
      while ((await guide.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null)) !== 'print') {
        expect(steps++, 'Tab never reached the print button').toBeLessThan(10);
        await guide.keyboard.press('Tab');
      }
      await guide.keyboard.press('Enter');
      expect(await guide.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await guide.close();
      await popup.close();
    });
  });
});

/** Chrome's largest popup, in device pixels; a common laptop window. */
const POPUP_WINDOW = { width: 800, height: 600 };
const DESKTOP = { width: 1280, height: 800 };

/** Waits until the guide is rendered with its pictures in place, so what is measured is what a person sees. */
async function guideShown(page: Page): Promise<void> {
  await page.waitForSelector('h1');
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
}

async function openHint(page: Page, url = SETTINGS): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout[data-state]'));
  // The callout is placed after layout (at most once a frame); give it a moment.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
}

/** The callout wholly inside the window, its buttons on screen, not over the option it points at. */
async function expectHintWhole(page: Page): Promise<void> {
  const view = await page.evaluate(readHint);
  expect(view.callout && view.ring).toBeTruthy();
  expect(view.callout!.left).toBeGreaterThanOrEqual(0);
  expect(view.callout!.top).toBeGreaterThanOrEqual(0);
  expect(view.callout!.right).toBeLessThanOrEqual(view.viewport.width);
  expect(view.callout!.bottom).toBeLessThanOrEqual(view.viewport.height);
  expect(overlaps(view.callout!, view.ring!)).toBe(false);
  // Nor over any other choice: every option stays readable.
  expect(view.choices.length).toBeGreaterThanOrEqual(2);
  for (const choice of view.choices) expect(overlaps(view.callout!, choice)).toBe(false);
  expect(await page.evaluate(hintProblems)).toEqual([]);
}

/** Stores a state as the background would have written it (null: nothing stored). */
async function store(where: ChromiumBrowser, state: StoredState | null): Promise<void> {
  await where.evaluateInWorker(
    async ([key, value]) => {
      type Storage = { clear(): Promise<void>; set(items: object): Promise<void> };
      const storage = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome.storage.local;
      if (value === null) await storage.clear();
      else await storage.set({ [key as string]: value });
    },
    [STATE_KEY, state] as const,
  );
}

/** Nothing done yet, in the language the person chose. */
function inLanguage(language: Language): StoredState {
  return { ...defaultState(), language };
}

const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Runs in the page: what a person who zooms would find wrong. Sideways
 * scrolling, a control not wholly inside the window's width, two controls on
 * top of each other, text that runs out of its box. Self-contained (serialised).
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  const name = (el: Element) => `${el.localName}${el.getAttribute('data-action') ? `[${el.getAttribute('data-action')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const controls = Array.from(document.querySelectorAll('button, a[href], input, select, summary, svg'))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  for (const { el, r } of controls) {
    if (r.left < 0 || r.right > root.clientWidth + 0.5) problems.push(`outside the width: ${name(el)} ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  controls.forEach((a, i) => {
    for (const b of controls.slice(i + 1)) {
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const overlap = a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
      if (overlap) problems.push(`overlap: ${name(a.el)} and ${name(b.el)}`);
    }
  });
  for (const el of Array.from(document.querySelectorAll('h1, h2, h3, p, li, label, legend, button, summary'))) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(`text cut off: ${name(el)}`);
  }
  return problems;
}

/** Runs in the page (and the hint's shadow root): buttons that would vanish into the background without their fill. */
function edgelessButtons(): string[] {
  const roots: (Document | ShadowRoot)[] = [document];
  const hint = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  if (hint) roots.push(hint);
  return roots
    .flatMap((root) => Array.from(root.querySelectorAll('button:not(.link):not([hidden])')))
    .filter((el) => {
      const s = getComputedStyle(el);
      return !(parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none');
    })
    .map((el) => (el.textContent ?? '').trim());
}

/** Runs in the page: animations or transitions still running, the hint's included. */
function runningAnimations(): string[] {
  const hint = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  const all = [...document.getAnimations(), ...(hint ? hint.getAnimations() : [])];
  return all.filter((a) => a.playState === 'running').map((a) => String((a as CSSAnimation).animationName ?? a.id));
}

/** Runs in the page: the hint's buttons wholly on screen, and its callout not cut off or scrolling. */
function hintProblems(): string[] {
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  const callout = shadow?.querySelector<HTMLElement>('.callout');
  if (!shadow || !callout) return ['no hint'];
  const problems: string[] = [];
  if (callout.scrollHeight > callout.clientHeight + 1) problems.push(`callout scrolls: ${callout.scrollHeight} > ${callout.clientHeight}`);
  if (callout.scrollWidth > callout.clientWidth + 1) problems.push(`callout too wide: ${callout.scrollWidth} > ${callout.clientWidth}`);
  for (const button of Array.from(shadow.querySelectorAll<HTMLElement>('button:not([hidden])'))) {
    const r = button.getBoundingClientRect();
    if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) problems.push(`button off screen: ${button.textContent}`);
  }
  return problems;
}
