/**
 * Today's MinID front end, built from Digdir's web components, as a person
 * uses it: an SPA route change brings the choice in without a page load, Back
 * takes it away again, and choosing and saving inside the components is seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './drivers/types';
import { BROWSERS, launch, readContract } from './support';

function hintState(): string | null {
  return document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') ?? null;
}

describe.each(BROWSERS)('%s: MinID built from web components', (name) => {
  let browser: E2EBrowser;
  let page: E2EPage;

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marks the option after an SPA route change, and unmarks it after Back', async () => {
    page = await browser.newPage();
    await page.goto('https://profil.minid.no/');
    await page.waitFor(() => document.documentElement.getAttribute('data-pinfri-page') === 'settings', undefined, 8000);
    expect((await page.evaluate(readContract)).targets).toBe(0);

    // The person follows the link; the app pushes a new route and renders the choice.
    await page.click('#change-method');
    await page.waitFor(() => location.pathname === '/innlogging' && document.documentElement.getAttribute('data-pinfri-page') === 'settings', undefined, 5000);
    await page.waitFor((s) => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === s, 'pin', 8000);
    expect(await page.evaluate(readContract)).toMatchObject({ targets: 1, targetIsExpected: true, hint: true });

    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname === '/' && document.querySelector('mid-radio') === null, undefined, 5000);
    // The option is gone, and so is every mark of ours on it.
    await page.waitFor(() => document.querySelector('[data-pinfri-target]') === null, undefined, 5000);
    expect((await page.evaluate(readContract)).targets).toBe(0);
    await page.close();
  });

  it('sees the person choose SMS and save inside the components', async () => {
    page = await browser.newPage();
    await page.goto('https://profil.minid.no/innlogging');
    await page.waitFor(hintState, undefined, 8000);
    expect(await page.evaluate(hintState)).toBe('pin');

    await page.click('mid-radio[value="sms"]');
    await page.waitFor((s) => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === s, 'save', 5000);
    // Choosing alone is not saving.
    expect(await page.evaluate(hintState)).toBe('save');

    await page.click('mid-button[type="submit"]');
    await page.waitFor((s) => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === s, 'done', 8000);
    await page.close();
  });

  it('says SMS is already in place when the page loads with it saved', async () => {
    page = await browser.newPage();
    await page.goto('https://profil.minid.no/innlogging?saved=sms');
    await page.waitFor((s) => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === s, 'done', 8000);
    expect(await page.evaluate(readContract)).toMatchObject({ targets: 1, targetIsExpected: true });
    await page.close();
  });
});
