/**
 * Every replica page, in both real browsers: the observable contract holds
 * (data-pinfri-page on <html>, data-pinfri-target="sms" on exactly the
 * expected option), and look-alike hosts are not touched at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './drivers/types';
import { ROUTES } from '../replicas/serve';
import { BROWSERS, launch, readContract, type ContractView } from './support';

describe.each(BROWSERS)('%s: replica pages', (name) => {
  let browser: E2EBrowser;
  let page: E2EPage;

  beforeAll(async () => {
    browser = await launch(name);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const marked = ROUTES.filter((r) => r.kind !== null && r.expectSms);
  const unmarked = ROUTES.filter((r) => r.kind !== null && !r.expectSms);
  const untouched = ROUTES.filter((r) => r.kind === null);
  const fields = ROUTES.filter((r) => r.kind !== null && r.expectHint);

  it.each(marked.map((r) => [r.id, r] as const))('%s: marks the SMS option', async (_id, route) => {
    await page.goto(route.url);
    const view = await page.waitFor(() => {
      // Inlined (serialised into the page): the same walk as readContract.
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const targets = all.filter((el) => el.getAttribute('data-pinfri-target') === 'sms');
      return targets.length > 0 ? true : null;
    }, undefined, 8000);
    expect(view).toBe(true);
    const contract = await page.evaluate(readContract);
    expect(contract).toMatchObject<Partial<ContractView>>({ page: 'settings', targets: 1, targetIsExpected: true, hint: true });
  });

  it.each(unmarked.map((r) => [r.id, r] as const))('%s: recognised, nothing marked', async (_id, route) => {
    await page.goto(route.url);
    await page.waitFor((kind) => document.documentElement.getAttribute('data-pinfri-page') === kind, route.kind, 8000);
    if (route.kind === 'settings') {
      // A settings-host page without the choice settles into "I could not find it".
      await page.waitFor(
        () => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'not-found',
        undefined,
        12_000,
      );
      // Where to get help instead: a call to MinID's support, and minid.no.
      const links = await page.evaluate(() =>
        Array.from(document.querySelector('pinfri-hint')?.shadowRoot?.querySelectorAll('.callout .help a') ?? []).map((a) => a.getAttribute('href')),
      );
      expect(links).toEqual(['tel:+4780030300', 'https://minid.no/']);
      // With nothing to point at, the callout keeps to the bottom-right corner, off the page's content.
      const corner = await page.evaluate(() => {
        const r = document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getBoundingClientRect();
        return r ? { right: innerWidth - r.right, bottom: innerHeight - r.bottom } : null;
      });
      expect(corner?.right).toBeLessThan(40);
      expect(corner?.bottom).toBeLessThan(40);
    } else {
      // Give a late scan a moment to (wrongly) mark something before we look.
      await new Promise((r) => setTimeout(r, 800));
    }
    const contract = await page.evaluate(readContract);
    expect(contract.page).toBe(route.kind);
    expect(contract.targets).toBe(0);
  });

  it.each(fields.map((r) => [r.id, r] as const))('%s: points at the field', async (_id, route) => {
    await page.goto(route.url);
    await page.waitFor(
      (state) => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === state,
      route.expectHint,
      8000,
    );
    const contract = await page.evaluate(readContract);
    expect(contract).toMatchObject({ page: route.kind, targets: 0, hint: true, hintState: route.expectHint });
    if (route.expectMobile) {
      expect(contract).toMatchObject({ mobileTargets: 1, mobileIsExpected: true });
    } else {
      // The SMS-code field is evidence, not something to choose: nothing is marked at all.
      expect(await page.evaluate(() => document.querySelector('[data-pinfri-target]') === null)).toBe(true);
      expect(contract.mobileTargets).toBe(0);
    }
  });

  it('a login that asks for the code from SMS ticks the last step in the popup', async () => {
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await page.waitFor(
      () => document.querySelector('pinfri-hint')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'sms-active',
      undefined,
      8000,
    );
    const popup = await browser.openExtensionPage('src/popup/index.html');
    const done = await popup.waitFor(
      () => (document.querySelector('[data-step="sms-first-login"][data-done="true"]') !== null ? true : null),
      undefined,
      8000,
    );
    expect(done).toBe(true);
    await popup.close();
  });

  it.each(untouched.map((r) => [r.id, r] as const))('%s: look-alike, not touched at all', async (_id, route) => {
    // First prove the extension is alive in this browser, so "nothing happened" means something.
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await page.waitFor(() => document.documentElement.hasAttribute('data-pinfri-page'), undefined, 8000);
    await page.goto(route.url);
    await new Promise((r) => setTimeout(r, 1500));
    const contract = await page.evaluate(readContract);
    expect(contract).toMatchObject({ page: null, targets: 0, hint: false });
  });
});
