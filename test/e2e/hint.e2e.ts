/**
 * The hint as a person meets it, in both browsers: beside the option and never
 * over it, following scroll and resize; the whole SMS flow by keyboard only
 * ("Vis meg" moves focus to the option, never clicks it); "Ikke nå" removes it;
 * the saved choice reaches the checklist and the badge. On the login page it
 * rings the code field and keeps clear of the button that sends the code.
 */
import { describe, expect, it } from 'vitest';
import type { E2EPage } from './drivers/types';
import { BROWSERS, hintState, openPopupOnRoute, overlaps, readHint, useBrowser, waitForHint } from './support';

const PLAIN_NB = 'https://brukerprofil.difi.no/minprofil/minid/';

/** Runs in the page: what has focus, through shadow roots, described in fixed words. */
function focusIs(): string {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return 'body';
  const action = active.getAttribute('data-action');
  if (action) return `hint:${action}`;
  const find = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector('[data-pinfri-target="sms"]');
    if (direct) return direct;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const found = el.shadowRoot ? find(el.shadowRoot) : null;
      if (found) return found;
    }
    return null;
  };
  const target = find(document);
  if (target && (active === target || target.contains(active) || (active.getRootNode() as ShadowRoot).host === target)) {
    return 'option';
  }
  return `${active.localName}:${(active.textContent ?? '').trim().slice(0, 20)}`;
}

describe.each(BROWSERS)('%s: the hint', (name) => {
  const browser = useBrowser(name);
  let page: E2EPage;

  it('sits beside the option, never over it, and follows scroll and resize', async () => {
    page = await browser().newPage();
    await page.setViewport(1200, 800);
    await page.goto(PLAIN_NB);
    await page.waitFor(hintState, undefined, 8000);
    const check = async () => {
      const h = await page.waitFor(() => {
        const view = document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getBoundingClientRect();
        return view && view.width > 0 ? true : null;
      }, undefined, 5000);
      expect(h).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      const view = await page.evaluate(readHint);
      expect(view.state).toBe('pin');
      expect(view.option && view.callout && view.ring).toBeTruthy();
      expect(overlaps(view.callout!, view.ring!)).toBe(false);
      // Nor over any other choice: the person can still read every option.
      expect(view.choices.length).toBeGreaterThanOrEqual(4);
      for (const choice of view.choices) expect(overlaps(view.callout!, choice)).toBe(false);
      // The ring surrounds the option.
      expect(view.ring!.left).toBeLessThanOrEqual(view.option!.left);
      expect(view.ring!.right).toBeGreaterThanOrEqual(view.option!.right);
      // The callout is on screen.
      expect(view.callout!.left).toBeGreaterThanOrEqual(0);
      expect(view.callout!.right).toBeLessThanOrEqual(view.viewport.width);
      return view;
    };
    const before = await check();
    await page.evaluate(() => window.scrollBy(0, 120));
    await new Promise((r) => setTimeout(r, 200));
    const scrolled = await check();
    // Both the option and the callout moved together with the page.
    expect(Math.round(scrolled.option!.top - before.option!.top)).toBe(Math.round(scrolled.callout!.top - before.callout!.top));
    await page.setViewport(480, 800);
    await check();
    await page.close();
  });

  it('can be done by keyboard alone: Vis meg → option → choose → Lagre → Ferdig, and the checklist ticks', async () => {
    page = await browser().newPage();
    await page.setViewport(1200, 800);
    await page.goto(PLAIN_NB);
    await page.waitFor(hintState, undefined, 8000);
    // The hint is first in the tab order.
    await page.press('Tab');
    expect(await page.evaluate(focusIs)).toBe('hint:show-me');
    await page.press('Enter');
    await page.waitFor((want) => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.getAttribute('data-pinfri-target') === want ? true : null;
    }, 'sms', 5000);
    expect(await page.evaluate(focusIs)).toBe('option');
    // "Vis meg" only moved focus: nothing was chosen for the user.
    expect(await page.evaluate(hintState)).toBe('pin');
    await page.press('Space');
    await waitForHint(page, 'save', 5000);
    // Tab past the rest of the form to the save button and press it.
    for (let i = 0; i < 6; i++) {
      const focus = await page.evaluate(focusIs);
      if (/^button:(Lagre)/.test(focus)) break;
      await page.press('Tab');
    }
    expect(await page.evaluate(focusIs)).toMatch(/^button:Lagre/);
    await page.press('Enter');
    await waitForHint(page, 'done', 8000);

    const popup = await openPopupOnRoute(browser());
    await popup.waitFor(() => document.querySelector('[data-step="sms-save"][data-done="true"]') !== null, undefined, 8000);
    const steps = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('[data-step]')).map((li) => `${li.getAttribute('data-step')}=${li.getAttribute('data-done')}`),
    );
    expect(steps).toEqual([
      'sms-open-settings=true',
      'sms-choose=true',
      'sms-mobile=true',
      'sms-save=true',
      'sms-first-login=false',
    ]);
    const badge = await popup.waitFor(async () => {
      type Api = { action: { getBadgeText(details: object): Promise<string> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const text = await (g.browser ?? g.chrome)!.action.getBadgeText({});
      return text === '1' ? text : null;
    }, undefined, 5000);
    expect(badge).toBe('1');
    await popup.close();
    await page.close();
  });

  it('"Ikke nå" removes the hint and leaves the page as it was', async () => {
    page = await browser().newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/?locale=en');
    await page.waitFor(hintState, undefined, 8000);
    await page.evaluate(() => {
      (document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('[data-action="not-now"]') as HTMLElement).click();
    });
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]') === null, undefined, 3000);
    // The mark (the observable contract) stays; only the hint is gone.
    expect(await page.evaluate(() => document.querySelector('[data-pinfri-target="sms"]') !== null)).toBe(true);
    await page.close();
  });

  // Last: the login page is evidence that SMS is on, which ticks the checklist the cases above start from.
  it('on the login page sits beside the code field and keeps "Neste" in sight', async () => {
    page = await browser().newPage();
    await page.setViewport(1200, 800);
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await waitForHint(page, 'sms-active');
    await new Promise((r) => setTimeout(r, 200));
    const view = await page.evaluate(readHint);
    const [field, next] = await page.evaluate(() =>
      ['mid-textfield', 'mid-button'].map((selector) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
      }),
    );
    expect(view.callout && view.ring && field && next).toBeTruthy();
    expect(overlaps(view.callout!, view.ring!)).toBe(false);
    expect(overlaps(view.callout!, next!)).toBe(false);
    await page.close();
  });
});
