/**
 * The demo: Chromium with the production build of PIN-fri, on a replica of the
 * MinID settings page served at its real https address. Headed when there is
 * a display; with --headless (or no display) it writes a screenshot instead.
 *
 *   npm run demo                                      a window, on the plain nb page
 *   npm run demo -- --page elements-nb                Digdir's web components
 *   npm run demo -- --headless --screenshot demo.png  a picture, no window
 *   npm run demo -- --list                            every replica page
 *   npm run demo -- --headless --popup --screenshot popup.png
 *                                                     the toolbar popup, after the page
 *   npm run demo -- --headless --popup --canvas --screenshot popup.png
 *                                                     the popup framed on a 1280×800 canvas (store size)
 *
 * Run through scripts/demo.mjs, which builds first.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/drivers/chromium';
import { createReplicaResolver, ROUTES } from '../test/replicas/serve';

export interface DemoOptions {
  page: string;
  /** Then open the toolbar popup (in a tab of popup width) and show that. */
  popup: boolean;
  /** With --popup: show the popup at its own width, framed on a 1280×800 canvas, as the stores want screenshots. */
  canvas: boolean;
  headless: boolean;
  screenshot: string | null;
}

export function parseArgs(argv: readonly string[], hasDisplay: boolean): DemoOptions | 'list' {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at === -1) return null;
    const next = argv[at + 1];
    if (!next || next.startsWith('--')) throw new Error(`${flag} needs a value`);
    return next;
  };
  if (argv.includes('--list')) return 'list';
  const screenshot = value('--screenshot');
  const page = value('--page') ?? 'plain-nb';
  if (!ROUTES.some((r) => r.id === page)) throw new Error(`No replica page "${page}". See: npm run demo -- --list`);
  const headless = argv.includes('--headless') || !hasDisplay;
  const popup = argv.includes('--popup');
  const canvas = argv.includes('--canvas');
  if (canvas && !popup) throw new Error('--canvas frames the popup: use it with --popup');
  return { page, popup, canvas, headless, screenshot: screenshot ?? (headless ? 'demo.png' : null) };
}

/** The size the Chrome Web Store wants screenshots in (and AMO accepts). */
export const CANVAS = [1280, 800] as const;

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

export async function runDemo(argv: readonly string[]): Promise<void> {
  const opts = parseArgs(argv, Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
  if (opts === 'list') {
    for (const r of ROUTES) console.log(`${r.id.padEnd(28)} ${r.url}\n${''.padEnd(28)} ${r.note}`);
    return;
  }
  const route = ROUTES.find((r) => r.id === opts.page)!;
  const browser = await launchChromium({
    extensionDir: resolve('dist/chrome'),
    resolve: createReplicaResolver(),
    headless: opts.headless,
    // The browser speaks the page's language, as a person reading that page would have it.
    locale: route.lang,
  });
  try {
    const page = await browser.newPage();
    await page.goto(route.url);
    console.log(`Opened ${route.url} (${route.id}) in Chromium with PIN-fri.`);
    if (route.kind !== null) {
      await page.waitFor(() => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout') ?? null, undefined, 15_000);
      // Let the hint settle into place (it animates only when motion is allowed).
      await new Promise((r) => setTimeout(r, 600));
    }
    const shown = opts.popup ? await browser.openExtensionPage('src/popup/index.html') : page;
    if (opts.popup) {
      const [width, height] = opts.canvas ? CANVAS : [400, 900];
      await shown.setViewport(width, height);
      await shown.waitFor(() => document.querySelector('[data-testid=progress]') !== null, undefined, 10_000);
      if (opts.canvas) await shown.evaluate(frameOnCanvas);
    }
    if (opts.screenshot) {
      await shown.screenshot(opts.screenshot);
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
