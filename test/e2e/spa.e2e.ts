/**
 * Today's MinID front end, built from Digdir's web components, as a person
 * uses it: an SPA route change brings the choice in without a page load, Back
 * takes it away again, and choosing and saving inside the components is seen.
 *
 * Every SPA navigation here begins on a page first loaded at a settings
 * address (all of profil.minid.no is one, and brukerprofil.difi.no's
 * /minprofil/minid), so the choice it brings in counts: the hint says "done"
 * and the popup ticks. A route pushed into the settings path by a page first
 * loaded elsewhere (a help page) is pointed at but never counted (issue 22):
 * security.e2e.ts holds that. The real hosts need no such route: the settings
 * live on their own host, and minid.no's help is another origin, which no
 * pushState can reach.
 */
import { describe, expect, it } from 'vitest';
import type { E2EPage } from './drivers/types';
import { BROWSERS, hintState, openPopupOnRoute, readContract, useBrowser, waitForHint } from './support';

describe.each(BROWSERS)('%s: MinID built from web components', (name) => {
  const browser = useBrowser(name);
  let page: E2EPage;

  it('marks the option after an SPA route change, and unmarks it after Back', async () => {
    page = await browser().newPage();
    await page.goto('https://profil.minid.no/');
    await page.waitFor(() => document.documentElement.getAttribute('data-pinfri-page') === 'settings', undefined, 8000);
    // The overview's summary shows PIN: the hint points at the link that opens the choice.
    await waitForHint(page, 'open-choice', 8000);
    expect((await page.evaluate(readContract)).targets).toBe(0);
    expect(await page.evaluate(() => document.getElementById('change-method')?.getAttribute('data-pinfri-target'))).toBe('edit');

    // The person follows the link; the app pushes a new route and renders the choice.
    await page.click('#change-method');
    await page.waitFor(() => location.pathname === '/innlogging' && document.documentElement.getAttribute('data-pinfri-page') === 'settings', undefined, 5000);
    await waitForHint(page, 'pin', 8000);
    expect(await page.evaluate(readContract)).toMatchObject({ targets: 1, targetIsExpected: true, hint: true });

    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname === '/' && document.querySelector('mid-radio') === null, undefined, 5000);
    // The option is gone, and so is every mark of ours on it; the summary's link is pointed at again.
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') === null, undefined, 5000);
    expect((await page.evaluate(readContract)).targets).toBe(0);
    await waitForHint(page, 'open-choice', 5000);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-pinfri-target]')).map((el) => el.id))).toEqual(['change-method']);
    await page.close();
  });

  it("hears the page's own pushState, Back and a new #hash with nothing re-rendered: the Navigation API, in both browsers", async () => {
    page = await browser().newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await page.waitFor(hintState, undefined, 8000);
    // A static page and a settled hint: no DOM change follows to cue a look at the address.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.evaluate(() => {
      (window as unknown as { oldHint: Element | null }).oldHint = document.querySelector('[data-pinfri-hint]');
      history.pushState(null, '', '?steg=2');
    });
    // A new address is a new page view: the old view's hint goes, though nothing on the page changed…
    await page.waitFor(() => (window as unknown as { oldHint: Element | null }).oldHint?.isConnected === false, undefined, 5000);
    // …and the new view finds the same choice again.
    await page.waitFor(hintState, undefined, 5000);
    expect(await page.evaluate(readContract)).toMatchObject({ targets: 1, targetIsExpected: true, hint: true });
    // Back, and then a new #hash, with nothing re-rendered either: the API's one event tells of both.
    for (const move of ['back', 'hash'] as const) {
      await page.evaluate((how) => {
        (window as unknown as { oldHint: Element | null }).oldHint = document.querySelector('[data-pinfri-hint]');
        if (how === 'back') history.back();
        else location.hash = 'steg-3';
      }, move);
      await page.waitFor(() => (window as unknown as { oldHint: Element | null }).oldHint?.isConnected === false, undefined, 5000);
      await page.waitFor(hintState, undefined, 5000);
      expect(await page.evaluate(readContract)).toMatchObject({ targets: 1, targetIsExpected: true, hint: true });
    }
    expect(await page.evaluate(() => location.search + location.hash)).toBe('#steg-3');
    await page.close();
  });

  it('sees the person choose SMS and save inside the components', async () => {
    page = await browser().newPage();
    await page.goto('https://profil.minid.no/innlogging');
    await page.waitFor(hintState, undefined, 8000);
    expect(await page.evaluate(hintState)).toBe('pin');

    await page.click('mid-radio[value="sms"]');
    await waitForHint(page, 'save', 5000);
    // Choosing alone is not saving.
    expect(await page.evaluate(hintState)).toBe('save');

    await page.click('mid-button[type="submit"]');
    await waitForHint(page, 'done', 8000);
    await page.close();
  });

  it('an SPA route within the settings counts: SMS chosen and saved after the route change is "done", and ticked', async () => {
    page = await browser().newPage();
    await page.goto('https://profil.minid.no/');
    await waitForHint(page, 'open-choice', 8000);
    await page.click('#change-method');
    await page.waitFor(() => location.pathname === '/innlogging', undefined, 5000);
    await waitForHint(page, 'pin', 8000);
    await page.click('mid-radio[value="sms"]');
    await waitForHint(page, 'save', 5000);
    await page.click('mid-button[type="submit"]');
    await waitForHint(page, 'done', 8000);
    const popup = await openPopupOnRoute(browser());
    await popup.waitFor(() => document.querySelector('[data-step="sms-save"][data-done="true"]') !== null, undefined, 8000);
    await popup.close();
    await page.close();
  });

  it('says SMS is already in place when the page loads with it saved', async () => {
    page = await browser().newPage();
    await page.goto('https://profil.minid.no/innlogging?saved=sms');
    await waitForHint(page, 'done', 8000);
    expect(await page.evaluate(readContract)).toMatchObject({ targets: 1, targetIsExpected: true });
    await page.close();
  });
});
