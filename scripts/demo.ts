/**
 * The demo: Chromium with the production build of PIN-fri, on a replica of the
 * MinID settings page served at its real https address. Headed when there is
 * a display; with --headless (or no display) it writes a screenshot instead.
 *
 * Run through scripts/demo.mjs, which builds first and says what the options
 * do (`npm run demo -- --help`); here they are given meaning.
 */
import { resolve } from 'node:path';
import { launchChromium, type ChromiumBrowser } from '../test/e2e/drivers/chromium';
import { iconPath } from './icons';
import { createReplicaResolver, ROUTES } from '../test/replicas/serve';
import { GUIDE_PICTURES, guidePicturePath } from '../src/core/guide-text';
import { LANGUAGES, type Language } from '../src/core/language';
import { isOneOf } from '../src/core/record';
import type { Clip } from '../test/e2e/drivers/types';

export interface DemoOptions {
  page: string;
  /** Then open the toolbar popup (in a tab of popup width) and show that. */
  popup: boolean;
  /** With --popup: show the popup at its own width, framed on a 1280×800 canvas, as the stores want screenshots. */
  canvas: boolean;
  /** The Chrome Web Store's small promo tile (440×280, required): our icon, name and one line, in nb. */
  promo: boolean;
  /** Only the page's heading, the marked option and the hint, sharp enough for print (2 device pixels per CSS pixel). */
  crop: boolean;
  /** Choose PIN-fri's language in the popup before the page opens; null: follow the browser (the page's language). */
  language: Language | null;
  headless: boolean;
  screenshot: string | null;
}

export function parseArgs(argv: readonly string[], hasDisplay: boolean): DemoOptions | 'list' | 'guide-pictures' {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at === -1) return null;
    const next = argv[at + 1];
    if (!next || next.startsWith('--')) throw new Error(`${flag} needs a value`);
    return next;
  };
  if (argv.includes('--list')) return 'list';
  if (argv.includes('--guide-pictures')) return 'guide-pictures';
  const screenshot = value('--screenshot');
  const page = value('--page') ?? 'plain-nb';
  if (!ROUTES.some((r) => r.id === page)) throw new Error(`No replica page "${page}". See: npm run demo -- --list`);
  const headless = argv.includes('--headless') || !hasDisplay;
  const popup = argv.includes('--popup');
  const canvas = argv.includes('--canvas');
  if (canvas && !popup) throw new Error('--canvas frames the popup: use it with --popup');
  const promo = argv.includes('--promo');
  if (promo && popup) throw new Error('--promo draws the store tile: use it without --popup');
  const crop = argv.includes('--crop');
  if (crop && (popup || promo)) throw new Error('--crop frames the hint on a page: use it without --popup or --promo');
  if (crop && ROUTES.find((r) => r.id === page)?.kind === null) throw new Error(`--crop needs a page with a hint; "${page}" has none`);
  const language = value('--language');
  if (language !== null && !isOneOf(LANGUAGES, language)) throw new Error(`--language is one of ${LANGUAGES.join(', ')}`);
  return { page, popup, canvas, promo, crop, language, headless, screenshot: screenshot ?? (headless ? 'demo.png' : null) };
}

/** The size the Chrome Web Store wants screenshots in (and AMO accepts). */
const CANVAS = [1280, 800] as const;

/**
 * Runs in the popup's tab: the popup keeps its own width and look, centred on
 * a quiet background with a thin edge and shadow, as it would hang under the
 * toolbar. Only the frame is ours; nothing inside the popup is changed.
 */
function frameOnCanvas(): void {
  const html = document.documentElement.style;
  html.background = '#e9eef4';
  html.minHeight = '100%';
  const body = document.body.style;
  body.margin = '40px auto';
  body.background = '#ffffff';
  body.border = '1px solid #c6ced8';
  body.borderRadius = '8px';
  body.boxShadow = '0 6px 24px rgba(0, 0, 0, 0.18)';
  body.overflow = 'hidden';
}

/** The Chrome Web Store's small promo tile. */
const PROMO = [440, 280] as const;
const PROMO_TEXT = { name: 'PIN-fri', line: 'Fra PIN-kodebrev til kode på SMS', note: 'Uavhengig av Digdir' };

/**
 * Runs in an extension page: the promo tile, built from our own icon and
 * words (never Digdir's logo), on the page's own blank canvas.
 */
function drawPromoTile(arg: { icon: string; name: string; line: string; note: string }): Promise<void> {
  const box = (tag: string, text: string, css: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    el.style.cssText = css;
    return el;
  };
  const img = document.createElement('img');
  img.src = arg.icon;
  img.alt = '';
  img.style.cssText = 'width:112px;height:112px;flex:none';
  const words = document.createElement('div');
  words.append(
    box('h1', arg.name, 'margin:0;font:700 44px/1.1 system-ui,sans-serif;color:#002c54'),
    box('p', arg.line, 'margin:10px 0 0;font:500 21px/1.3 system-ui,sans-serif;color:#1f2c3d'),
    box('p', arg.note, 'margin:14px 0 0;font:400 15px/1.3 system-ui,sans-serif;color:#545e6b'),
  );
  const tile = document.createElement('main');
  tile.style.cssText =
    'box-sizing:border-box;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:28px;background:#eef4fa;border-bottom:10px solid #0062ba';
  tile.append(img, words);
  document.documentElement.style.cssText = 'margin:0;background:#eef4fa';
  document.body.style.cssText = 'margin:0;width:440px';
  document.body.replaceChildren(tile);
  return img.decode();
}

/** Space around the cropped picture's contents, in CSS pixels. */
const CROP_PAD = 24;

/**
 * Runs in the page: the box around the page's first heading, the hint's ring
 * (when it shows) and its callout, padded and kept inside the viewport.
 */
function cropBox(pad: number): Clip | null {
  const hint = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  const parts = [document.querySelector('h1, mid-heading[level="1"]'), hint?.querySelector('.ring:not([hidden])'), hint?.querySelector('.callout')];
  const rects = parts.filter((el): el is Element => el != null).map((el) => el.getBoundingClientRect());
  if (rects.length === 0) return null;
  const left = Math.max(0, Math.min(...rects.map((r) => r.left)) - pad);
  const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - pad);
  const right = Math.min(innerWidth, Math.max(...rects.map((r) => r.right)) + pad);
  const bottom = Math.min(innerHeight, Math.max(...rects.map((r) => r.bottom)) + pad);
  return { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

/**
 * The replica page each of the guide's pictures is made from: the plain
 * settings page (the clearest to read on paper) and the login page that asks
 * for the code from SMS, each in the picture's language.
 */
export const GUIDE_PICTURE_PAGES: Readonly<Record<(typeof GUIDE_PICTURES)[number]['name'], (lang: string) => string>> = {
  settings: (lang) => `plain-${lang}`,
  'login-code': (lang) => `login-otc-${lang}`,
};

async function makeGuidePictures(): Promise<void> {
  for (const picture of GUIDE_PICTURES) {
    for (const lang of LANGUAGES) {
      const file = resolve('public', guidePicturePath(picture.name, lang));
      // Chromium has no Nynorsk UI, so the language is chosen in the popup, as a person would.
      const page = GUIDE_PICTURE_PAGES[picture.name](lang);
      await runDemo(['--headless', '--crop', '--language', lang, '--page', page, '--screenshot', file]);
    }
  }
  console.log('Made the guide pictures in public/pictures/. Look at each, then commit them.');
}

/** Chooses PIN-fri's language in the popup, as a person would, and waits until it is kept. */
async function chooseLanguage(browser: ChromiumBrowser, language: Language): Promise<void> {
  const popup = await browser.openExtensionPage('src/popup/index.html');
  await popup.waitFor(() => document.querySelector('select') !== null, undefined, 10_000);
  await popup.evaluate((lang) => {
    const select = document.querySelector('select')!;
    select.value = lang;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, language);
  await popup.waitFor((lang) => document.documentElement.lang === lang, language, 10_000);
  await popup.close();
}

export async function runDemo(argv: readonly string[]): Promise<void> {
  const opts = parseArgs(argv, Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
  if (opts === 'list') {
    for (const r of ROUTES) console.log(`${r.id.padEnd(28)} ${r.url}\n${''.padEnd(28)} ${r.note}`);
    return;
  }
  if (opts === 'guide-pictures') return makeGuidePictures();
  const route = ROUTES.find((r) => r.id === opts.page)!;
  const browser = await launchChromium({
    extensionDir: resolve('dist/chrome'),
    resolve: createReplicaResolver(),
    headless: opts.headless,
    deviceScaleFactor: opts.crop ? 2 : 1,
    // The browser speaks the page's language, as a person reading that page would have it.
    locale: route.lang,
  });
  try {
    if (opts.language) await chooseLanguage(browser, opts.language);
    const page = await browser.newPage();
    await page.goto(route.url);
    console.log(`Opened ${route.url} (${route.id}) in Chromium with PIN-fri.`);
    if (route.kind !== null) {
      await page.waitFor(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout') ?? null, undefined, 15_000);
      // Let the hint settle into place (it animates only when motion is allowed).
      await new Promise((r) => setTimeout(r, 600));
    }
    const shown = opts.popup || opts.promo ? await browser.openExtensionPage('src/popup/index.html') : page;
    if (opts.promo) {
      await shown.setViewport(...PROMO);
      await shown.waitFor(() => document.querySelector('[data-testid=progress], [data-testid=first-question]') !== null, undefined, 10_000);
      const icon = `chrome-extension://${browser.extensionId}/${iconPath(128)}`;
      await shown.evaluate(drawPromoTile, { icon, ...PROMO_TEXT });
    }
    if (opts.popup) {
      const [width, height] = opts.canvas ? CANVAS : [400, 900];
      await shown.setViewport(width, height);
      await shown.waitFor(() => document.querySelector('[data-testid=progress], [data-testid=first-question]') !== null, undefined, 10_000);
      if (opts.canvas) await shown.evaluate(frameOnCanvas);
    }
    if (opts.screenshot) {
      const clip = opts.crop ? await shown.evaluate(cropBox, CROP_PAD) : null;
      if (opts.crop && !clip) throw new Error(`No hint to crop to on ${route.id}`);
      await shown.screenshot(opts.screenshot, clip ?? undefined);
      console.log(`Screenshot: ${opts.screenshot}`);
    }
    if (!opts.headless) {
      console.log('Close the browser window to end the demo.');
      await new Promise<void>((done) => browser.context.on('close', () => done()));
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
}
