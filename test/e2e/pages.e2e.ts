/**
 * Every replica page, in both real browsers: the observable contract holds
 * (data-pinfri-page on <html>, data-pinfri-target on exactly the expected
 * element), each page settles in its hint state with its report, and
 * look-alike hosts are not touched at all.
 *
 * The reports are observed where they go: an extension page of our own
 * listens to runtime messages beside the background (it only listens), so a
 * report is checked as the content script sent it, whatever the popup then
 * makes of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './drivers/types';
import { ROUTES, type ReplicaRoute } from '../replicas/serve';
import { BROWSERS, hintState, launch, openPopupOnRoute, readContract, startSettingsFlow, waitForHint, type ContractView } from './support';

/** Runs in an extension page: keeps every page report our content script sends. */
function listenForReports(): void {
  type Api = { runtime: { onMessage: { addListener(fn: (m: unknown) => undefined): void } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api; pinfriReports?: string[] };
  const reports: string[] = [];
  g.pinfriReports = reports;
  (g.browser ?? g.chrome)!.runtime.onMessage.addListener((raw) => {
    const m = raw as { type?: unknown; page?: unknown; status?: unknown } | null;
    if (m && m.type === 'page-report') reports.push(`${String(m.page)}:${String(m.status)}`);
    return undefined;
  });
}

/** Runs in the page: every data-pinfri-target through open shadow roots, and whether each is where the replica expects it. */
function readMarks(): { marks: string[]; expected: boolean } {
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const marked = all.filter((el) => el.hasAttribute('data-pinfri-target'));
  return {
    marks: marked.map((el) => el.getAttribute('data-pinfri-target') ?? ''),
    expected: marked.every((el) => el.getAttribute('data-replica-expect') === el.getAttribute('data-pinfri-target')),
  };
}

/** Runs in the page: what the hint says and where it rings, against the replica's saved choice and SMS option. */
function readAdvice(): { text: string; showMeHidden: boolean; help: (string | null)[]; ring: 'none' | 'saved' | 'sms' | 'elsewhere' } {
  const find = (root: Document | ShadowRoot, selector: string): Element | null => {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const found = el.shadowRoot ? find(el.shadowRoot, selector) : null;
      if (found) return found;
    }
    return null;
  };
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  const ringEl = shadow?.querySelector<HTMLElement>('.ring');
  const inside = (el: Element | null) => {
    if (!el || !ringEl) return false;
    const r = ringEl.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    const x = b.left + b.width / 2;
    const y = b.top + b.height / 2;
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  };
  const help = shadow?.querySelector<HTMLElement>('.callout .help');
  const saved = find(document, '[data-replica-saved]');
  const sms = find(document, '[data-replica-expect="sms"]');
  const ring = !ringEl || ringEl.hidden ? 'none' : inside(sms) ? 'sms' : inside(saved) ? 'saved' : 'elsewhere';
  return {
    text: `${shadow?.querySelector('.title')?.textContent ?? ''} ${shadow?.querySelector('.why')?.textContent ?? ''}`,
    showMeHidden: shadow?.querySelector<HTMLElement>('[data-action="show-me"]')?.hidden !== false,
    help: help && !help.hidden ? Array.from(help.querySelectorAll('a')).map((a) => a.getAttribute('href')) : [],
    ring,
  };
}

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

  // Pages with a report to check are checked in full below ("settles in").
  const marked = ROUTES.filter((r) => r.kind !== null && r.expectSms && !r.expectReport);
  const unmarked = ROUTES.filter((r) => r.kind !== null && !r.expectSms && !r.expectHint);
  const untouched = ROUTES.filter((r) => r.kind === null);
  const fields = ROUTES.filter((r) => r.kind !== null && (r.expectHint === 'sms-active' || r.expectHint === 'mobile'));
  const settles = ROUTES.filter((r) => r.kind !== null && r.expectReport);

  let reports: E2EPage;
  /** The reports since `from`, once the last one is `want`. */
  const reportedLast = async (from: number, want: string): Promise<string[]> =>
    (await reports.waitFor(
      ({ from: start, want: last }) => {
        const list = (globalThis as unknown as { pinfriReports: string[] }).pinfriReports.slice(start);
        return list[list.length - 1] === last ? list : null;
      },
      { from, want },
      8000,
    )) as string[];
  const reportCount = () => reports.evaluate(() => (globalThis as unknown as { pinfriReports: string[] }).pinfriReports.length);

  beforeAll(async () => {
    reports = await browser.openExtensionPage('src/guide/index.html');
    await reports.evaluate(listenForReports);
  });

  it.each(settles.map((r) => [r.id, r] as const))('%s: settles in its hint and report', async (_id, route: ReplicaRoute) => {
    const from = await reportCount();
    await page.goto(route.url);
    await waitForHint(page, route.expectHint!, 12_000);
    const sent = await reportedLast(from, `${route.kind}:${route.expectReport}`);
    expect(sent.length).toBeGreaterThan(0);
    // Exactly the element the replica expects is marked, and nothing else.
    const { marks, expected } = await page.evaluate(readMarks);
    expect(marks).toEqual(route.expectSms ? ['sms'] : route.expectEdit ? ['edit'] : []);
    expect(expected).toBe(true);
    const advice = await page.evaluate(readAdvice);
    if (route.expectHint === 'off-pin') {
      // Already off PIN codes: change nothing. Never "choose SMS", no "Vis meg", no ring on the SMS option.
      expect(advice.text).not.toMatch(/SMS/);
      expect(advice.showMeHidden).toBe(true);
      // (A drop-down is one control: its ring is on the <select>, which is also the way to SMS.)
      expect(advice.ring).toBe(route.screen === 'summary' ? 'none' : route.form === 'select' ? 'sms' : 'saved');
      // And never a report that unticks the stronger method.
      expect(sent.filter((r) => /pin-selected|none-selected/.test(r))).toEqual([]);
    }
    if (route.expectHint === 'page-missing' || route.expectHint === 'not-found') {
      // Never silence: the way on in words (never "log in at minid.no": it has no login), a call to MinID and the help pages.
      expect(advice.text).toMatch(/800 30 300/);
      if (route.expectHint === 'page-missing') expect(advice.text).not.toMatch(/minid\.no/);
      expect(advice.help).toEqual(['tel:+4780030300', 'https://eid.difi.no/nb/minid']);
      expect(advice.ring).toBe('none');
    } else {
      expect(advice.help).toEqual([]);
    }
    if (route.expectHint === 'open-choice') expect(advice.showMeHidden).toBe(false);
    if (route.expectHint === 'sms-unavailable') {
      // «Kode på SMS» cannot be chosen yet: the step that makes it choosable (a mobile number, and where), on the option.
      expect(advice.text).toMatch(/minprofil\.kontaktregisteret\.no/);
      expect(advice.ring).toBe('sms');
      expect(advice.showMeHidden).toBe(false);
    }
    // SMS saved, from a choice or a summary row: the words of "done", which name SMS.
    if (route.expectHint === 'done') expect(advice.text).toMatch(/SMS/);
  });

  it.each(ROUTES.filter((r) => r.screen === 'summary' && r.expectEdit).map((r) => [r.id, r] as const))(
    '%s: once "Endre" opens the choice, the hint moves to «Kode på SMS»',
    async (_id, route) => {
      await page.goto(route.url);
      await waitForHint(page, 'open-choice');
      // The person presses the button; PIN-fri never does.
      await page.click('#edit-method');
      await waitForHint(page, 'pin');
      const { marks, expected } = await page.evaluate(readMarks);
      expect(marks).toEqual(['sms']);
      expect(expected).toBe(true);
      expect((await page.evaluate(readAdvice)).ring).toBe('sms');
    },
  );

  it('a new choice of another method than SMS is "remember to save", never "choose SMS"; saved, it is "change nothing"', async () => {
    const from = await reportCount();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/?locale=en&form=ds&saved=letter');
    await waitForHint(page, 'pin');
    await page.click('#m-webauthn');
    await waitForHint(page, 'save');
    expect((await page.evaluate(readAdvice)).text).not.toMatch(/SMS/);
    await reportedLast(from, 'settings:other-selected');
    await page.click('button[type=submit]');
    await waitForHint(page, 'off-pin');
    await reportedLast(from, 'settings:webauthn-saved');
  });

  it('someone with a stronger method saved who picks SMS is not praised for it: the hint still says change nothing', async () => {
    const from = await reportCount();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/?locale=en&form=ds&saved=app');
    await waitForHint(page, 'off-pin');
    await page.click('#m-sms');
    await reportedLast(from, 'settings:sms-selected');
    expect(await page.evaluate(hintState)).toBe('off-pin');
    const advice = await page.evaluate(readAdvice);
    expect(advice.text).not.toMatch(/SMS/);
    expect(advice.ring).toBe('saved');
  });

  it('in a drop-down, choosing «Kode på SMS» and saving gets "done"', async () => {
    const from = await reportCount();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/?form=select&saved=letter');
    await waitForHint(page, 'select');
    await reportedLast(from, 'settings:pin-selected');
    // What a person's pick does: the <select> changes and says so.
    await page.evaluate(() => {
      const select = document.querySelector('select')!;
      select.value = 'sms';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitForHint(page, 'save');
    await page.click('button[type=submit]');
    await waitForHint(page, 'done');
    await reportedLast(from, 'settings:sms-saved');
  });

  it('a Sami page gets the hint in the person\'s own language, as any other page', async () => {
    const title = () => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.title')?.textContent ?? '';
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await waitForHint(page, 'sms-active');
    const own = await page.evaluate(title);
    await page.goto('https://login.idporten.no/authorize/minid/otc?locale=se');
    await waitForHint(page, 'sms-active');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('se');
    expect(await page.evaluate(title)).toBe(own);
    expect(own).not.toBe('');
  });

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
      // On a late page the mark comes in the observer's callback and the hint in the next frame: wait for both.
      return targets.length > 0 && document.querySelector('[data-pinfri-hint]') ? true : null;
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
        () => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'not-found',
        undefined,
        12_000,
      );
      // Where to get help instead: a call to MinID's support, and minid.no.
      const links = await page.evaluate(() =>
        Array.from(document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelectorAll('.callout .help a') ?? []).map((a) => a.getAttribute('href')),
      );
      expect(links).toEqual(['tel:+4780030300', 'https://eid.difi.no/nb/minid']);
      // With nothing to point at, the callout keeps to the bottom-right corner, off the page's content.
      const corner = await page.evaluate(() => {
        const r = document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getBoundingClientRect();
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
    // Off the popup's way, a page that is not a settings page gets no hint at all (an e-ID chooser never "choose SMS").
    if (route.kind !== 'settings') expect(contract.hint).toBe(false);
  });

  it.each(fields.map((r) => [r.id, r] as const))('%s: points at the field', async (_id, route) => {
    await page.goto(route.url);
    await page.waitFor(
      (state) => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === state,
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

  // From here on, this browser is on the popup's way to the settings for 30 minutes.
  it('a login that asks for the code from SMS, on the popup\'s way to the settings, ticks the last step in the popup', async () => {
    const opener = await openPopupOnRoute(browser);
    await opener.evaluate(startSettingsFlow);
    await opener.close();
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await page.waitFor(
      () => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'sms-active',
      undefined,
      8000,
    );
    const popup = await openPopupOnRoute(browser);
    const done = await popup.waitFor(
      () => (document.querySelector('[data-step="sms-first-login"][data-done="true"]') !== null ? true : null),
      undefined,
      8000,
    );
    expect(done).toBe(true);
    await popup.close();
  });

  it('on the way from the popup, an e-ID chooser whose MinID entry names SMS says "log in first", and marks nothing', async () => {
    const popup = await browser.openExtensionPage('src/popup/index.html');
    // From nothing (the pages above saved SMS, which ends the way), then the message "Åpne MinID-innstillinger"
    // sends (its wiring is a component test), so no tab goes to the real address.
    await popup.evaluate(async () => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      for (const type of ['start-over', 'opened-settings']) {
        await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action: { type } });
      }
    });
    await popup.close();
    for (const route of ROUTES.filter((r) => r.screen === 'chooser')) {
      await page.goto(route.url);
      await waitForHint(page, 'login-first');
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(readContract)).toMatchObject({ page: 'chooser', targets: 0, hintState: 'login-first' });
    }
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
