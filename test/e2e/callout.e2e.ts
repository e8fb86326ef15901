/**
 * The callout hides nothing of the page (issue 24), in both real browsers:
 * over each form of the choice (plain HTML, Designsystemet markup, ARIA
 * radios, a drop-down, Digdir's web components, inside an app shell) in the
 * languages whose words change the layout, at 1280, 800 and 360 px wide.
 *
 * The test gathers the page's visible text (line by line) and controls
 * itself, through open shadow roots, without the product's code, and then:
 * - where it can show that the viewport has a free place for the callout,
 *   the callout covers none of them;
 * - where it cannot, the callout never covers the option or its label
 *   (unless the viewport has no place clear of them: a wide ARIA option
 *   at 800 × 600);
 * - always: the callout is wholly on screen, never beside the group on a
 *   narrow screen, and the page does not scroll sideways (the hint works at 360 px).
 * Then once more, scrolled a little (the callout moves with the page and
 * keeps clear of what scrolled in). One page load per replica and width,
 * every check in one evaluate. The
 * hint's host is found by its element name or its data attribute (issue 22
 * may change which it is).
 */
import { describe, expect, it } from 'vitest';
import type { E2EPage } from './drivers/types';
import { ROUTES } from '../replicas/serve';
import { BROWSERS, useBrowser } from './support';

/** Each form of the choice once, and its other languages where their words change the layout. */
const PAGES = ['plain-nb', 'plain-nn', 'plain-en', 'ds-letter-en', 'ds-totp-nb', 'aria-letter-nn', 'select-letter-nb', 'elements-nb', 'elements-en', 'elements-buttons-nn', 'elements-nested-en'];
/**
 * Where the page's footer (MinID support's phone and e-mail, test/replicas/README.md) is in
 * view at 1280 px, so the check sees its words; the plain and web-component pages keep it below the fold.
 */
const FOOTER_IN_VIEW = ['ds-letter-en', 'ds-totp-nb', 'aria-letter-nn', 'select-letter-nb'];
/** The last is scrolled too. */
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
  { width: 800, height: 600 },
];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface CalloutView {
  callout: Rect;
  side: string | null;
  viewport: { width: number; height: number };
  scrollWidth: number;
  /** The option and its label: never covered. */
  option: Rect[];
  /** Every choice of the group and its label. */
  group: Rect;
  /** The page's visible text lines and controls that the callout covers, with what they say. */
  covered: string[];
  /** Whether the viewport has a place for the callout clear of every text and control (and of the group). */
  room: boolean;
  /** Whether it has a place clear of the option and its label (a ring's width away). */
  offOption: boolean;
  /** What the check sees: every visible text line and control, by what it says. */
  seen: string[];
}

/** Runs in the page: the callout against everything the page shows. Self-contained. */
function calloutView(): CalloutView {
  const hint = document.querySelector('[data-pinfri-hint], pinfri-hint');
  const callout = hint?.shadowRoot?.querySelector('.callout');
  if (!callout) throw new Error('no callout');
  const rect = (r: DOMRectReadOnly): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const seen = (r: Rect) => r.right - r.left >= 1 && r.bottom - r.top >= 1 && r.right > 0 && r.bottom > 0 && r.left < viewport.width && r.top < viewport.height;
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });

  // Every element of the page, through open shadow roots, and not the hint.
  const elements: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el === hint) continue;
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);

  const things: { rect: Rect; what: string }[] = [];
  const range = document.createRange();
  for (const el of elements) {
    if (['script', 'style', 'template', 'title'].includes(el.localName) || !shown(el)) continue;
    const box = el.getBoundingClientRect();
    // A visually hidden text (a 1 px clipped box) is not seen.
    if (box.width < 2 || box.height < 2) continue;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      for (const line of Array.from(range.getClientRects())) if (seen(rect(line))) things.push({ rect: rect(line), what: `text "${node.textContent.trim().slice(0, 40)}"` });
    }
    const control = el.matches('input:not([type=hidden]), button, a[href], select, textarea, [role=button], [role=link], [role=radio], [role=checkbox], [role=switch], [role=tab], [role=textbox], [role=combobox]');
    if (control && seen(rect(box))) things.push({ rect: rect(box), what: `<${el.localName}> "${(el.textContent ?? '').trim().slice(0, 40)}"` });
  }

  // The choices, as a person sees them: radios with their labels, Digdir's radio hosts, ARIA radios, a drop-down.
  const choices = elements.filter((el) => el.matches('input[type=radio], mid-radio, mid-radio-button, [role=radio], select[name=login-preference]'));
  const withLabels = (el: Element) => [el, ...Array.from((el as HTMLInputElement).labels ?? [])];
  const find = (selector: string) => elements.find((el) => el.matches(selector));
  const option = withLabels(find('[data-pinfri-target="sms"]') ?? find('[data-replica-expect="sms"]')!).map((el) => rect(el.getBoundingClientRect()));
  const groupParts = choices.flatMap(withLabels).map((el) => rect(el.getBoundingClientRect())).filter((r) => r.right > r.left);
  const group = {
    left: Math.min(...groupParts.map((r) => r.left)),
    top: Math.min(...groupParts.map((r) => r.top)),
    right: Math.max(...groupParts.map((r) => r.right)),
    bottom: Math.max(...groupParts.map((r) => r.bottom)),
  };

  const c = rect(callout.getBoundingClientRect());
  // Half a pixel of slack: edges that touch after rounding do not cover.
  const overlap = (a: Rect, b: Rect, by = -0.5) => a.left < b.right + by && b.left < a.right + by && a.top < b.bottom + by && b.top < a.bottom + by;
  const covered = things.filter((t) => overlap(c, t.rect)).map((t) => t.what);

  // A free place, searched on a 4 px grid: 12 px from every text and control and 32 px from the group (a little
  // more than the product keeps, so that only clear room counts), inside the viewport by 8 px.
  const size = { width: c.right - c.left, height: c.bottom - c.top };
  const clear = (b: Rect) => things.every((t) => !overlap(b, t.rect, 12)) && !overlap(b, group, 32);
  let room = false;
  let offOption = false;
  for (let x = 8; !room && x + size.width <= viewport.width - 8; x += 4) {
    for (let y = 8; !room && y + size.height <= viewport.height - 8; y += 4) {
      const place = { left: x, top: y, right: x + size.width, bottom: y + size.height };
      room = clear(place);
      offOption ||= option.every((o) => !overlap(place, o, 8));
    }
  }
  return { callout: c, side: callout.getAttribute('data-placement'), viewport, scrollWidth: document.documentElement.scrollWidth, option, group, covered, room, offOption, seen: things.map((t) => t.what) };
}

/** Waits until the callout is placed and stands still from one frame to the next (late fonts, late renders). */
async function settled(page: E2EPage): Promise<void> {
  await page.waitFor(() => document.querySelector('[data-pinfri-hint], pinfri-hint')?.shadowRoot?.querySelector('.callout[data-placement]') != null, undefined, 10_000);
  await page.waitFor(async () => {
    const where = () => document.querySelector('[data-pinfri-hint], pinfri-hint')?.shadowRoot?.querySelector<HTMLElement>('.callout')?.style.cssText;
    const before = where();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return before === where();
  }, undefined, 5000);
}

describe.each(BROWSERS)('%s: the callout covers nothing of the page', (name) => {
  const browser = useBrowser(name);

  it.each(PAGES)('%s', async (id) => {
    const route = ROUTES.find((r) => r.id === id);
    if (!route) throw new Error(`no replica ${id}`);
    const page = await browser().newPage();
    try {
      const check = async (where: string, narrow: boolean, footer = false) => {
        await settled(page);
        const view = await page.evaluate(calloutView);
        // The check itself: it sees the footer's words where they are in view.
        if (footer) expect(view.seen.join('\n'), `${where}: the footer is not among what the check sees`).toContain('800 30 300');
        where = `${where} (${view.side}${view.room ? ', room' : ', no room'})`;
        const c = view.callout;
        expect(c.left, `${where}: on screen`).toBeGreaterThanOrEqual(0);
        expect(c.top, `${where}: on screen`).toBeGreaterThanOrEqual(0);
        expect(c.right, `${where}: on screen`).toBeLessThanOrEqual(view.viewport.width);
        expect(c.bottom, `${where}: on screen`).toBeLessThanOrEqual(view.viewport.height);
        expect(view.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(view.viewport.width);
        const coversOption = view.option.some((o) => c.left < o.right && o.left < c.right && c.top < o.bottom && o.top < c.bottom);
        if (view.offOption) expect(coversOption, `${where}: over the option or its label`).toBe(false);
        if (view.room) expect(view.covered, `${where}: covers the page`).toEqual([]);
        // On a narrow screen never beside the group: below it when there is room there.
        if (narrow) expect(['left', 'right'], `${where}: beside the group`).not.toContain(view.side);
        if (view.side === 'bottom') expect(c.top, `${where}: below the group`).toBeGreaterThanOrEqual(view.group.bottom);
      };
      for (const { width, height } of WIDTHS) {
        await page.setViewport(width, height);
        await page.goto(route.url);
        await check(`${id} at ${width} px`, width <= 480, width === 1280 && FOOTER_IN_VIEW.includes(id));
      }
      // Scrolled a little (the option still in view): the callout moves with the page and still covers nothing.
      await page.evaluate(() => window.scrollBy(0, 60));
      await check(`${id} at 800 px, scrolled`, false);
    } finally {
      await page.close();
    }
  });
});
