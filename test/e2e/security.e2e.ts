/**
 * The promises of issue #5, proven in both real browsers:
 * - no network: through whole flows, every web request is one the test's own
 *   pages made (a replica page or its files); the built code has no network API;
 * - no personal data: afterwards, storage holds only our own identifiers and
 *   the nickname the user chose — no digit runs, nothing typed into a page;
 * - pages cannot talk to us: a page that tries to forge progress gets nowhere;
 * - evidence ticks only what it proves (issue 22): a help page that pushes a
 *   settings path, and a login page outside the popup's flow, tick nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumBrowser } from './drivers/chromium';
import { launchBrowser } from './drivers/index';
import type { E2EBrowser, E2EPage, ReplicaResolver } from './drivers/types';
import { STATE_VERSION } from '../../src/core/storage';
import { createReplicaResolver, ROUTES } from '../replicas/serve';
import { badge, BROWSERS, extensionDir, launch, openPopupOnRoute, startSettingsFlow, useBrowser, waitForHint } from './support';

const POPUP = 'src/popup/index.html';

function dumpStorage(): Promise<Record<string, unknown>> {
  type Api = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.storage.local.get(null);
}

/** Every string in a JSON value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => join(d.parentPath, d.name));
}

describe('the built code', () => {
  it.each(['chrome', 'firefox'])('dist/%s has no way to reach the network', (target) => {
    const files = jsFiles(`dist/${target}`);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/);
      // Pages cannot talk to us: nobody listens for window messages.
      expect(code, file).not.toMatch(/addEventListener\(\s*[`'"]message[`'"]|\bonmessage\s*=/);
      // No code from elsewhere: nothing loads a script by URL.
      expect(code, file).not.toMatch(/https?:\/\/[^'"`\s]*\.js\b/);
    }
  });
});

describe.each(BROWSERS)('%s: safe by construction', (name) => {
  const browser = useBrowser(name);
  let page: E2EPage;

  it('a page cannot forge progress', async () => {
    page = await browser().newPage();
    await page.goto('https://minid.no/');
    await page.waitFor(() => document.documentElement.getAttribute('data-pinfri-page') === 'help', undefined, 8000);
    const tried = await page.evaluate(() => {
      const forged = { mark: 'pinfri/1', type: 'page-report', page: 'settings', status: 'sms-saved' };
      const attempts: string[] = [];
      window.postMessage(forged, '*');
      attempts.push('postMessage');
      document.dispatchEvent(new CustomEvent('pinfri', { detail: forged }));
      attempts.push('event');
      const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      // Pages have no extension API at all (no externally_connectable).
      attempts.push(`runtime:${typeof g.chrome?.runtime?.sendMessage}:${typeof g.browser}`);
      return attempts;
    });
    expect(tried).toEqual(['postMessage', 'event', 'runtime:undefined:undefined']);
    await new Promise((r) => setTimeout(r, 800));
    const popup = await browser().openExtensionPage(POPUP);
    const stored = JSON.stringify(await popup.evaluate(dumpStorage));
    expect(stored).not.toContain('sms-save');
    await popup.close();
    await page.close();
  });

  it('makes no network requests and stores no personal data through whole flows', async () => {
    const before = browser().requests().length;
    // The SMS flow on a settings page, by mouse this time.
    page = await browser().newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null, undefined, 8000);
    await page.click('#pref-sms');
    await page.click('button[type=submit]');
    await page.waitFor(() => document.querySelector('#status')?.textContent !== '', undefined, 5000);
    // A page with a phone number and an e-mail address in its fields, and one where the user types a code.
    await page.goto('https://minprofil.kontaktregisteret.no/');
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await page.waitFor(() => document.querySelector('mid-textfield')?.shadowRoot?.querySelector('input') != null, undefined, 8000);
    await page.evaluate(() => document.querySelector('mid-textfield')!.shadowRoot!.querySelector('input')!.focus());
    await page.press('4');
    await page.press('2');
    await page.press('7');
    // The popup: guardian mode, a nickname, a refused ID number.
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('[data-action=guardian]') !== null, undefined, 8000);
    await popup.click('[data-action=guardian]');
    await popup.waitFor(() => document.querySelector('#nickname') !== null, undefined, 5000);
    await popup.type('#nickname', '12048012345');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('#nickname-error') !== null, undefined, 5000);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('#nickname')!.select());
    await popup.type('#nickname', 'Mor');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('[data-person="p1"]') !== null, undefined, 5000);

    // No network: every web request was a replica page or one of its own files.
    const known = new Set(ROUTES.map((r) => r.url));
    const web = browser().requests().slice(before).filter((url) => /^(https?|wss?):/.test(url));
    const strays = web.filter((url) => {
      const { origin, pathname } = new URL(url);
      const own = ROUTES.some((r) => new URL(r.url).origin === origin);
      // The browser itself asks each site for /favicon.ico; that is not the extension.
      const pageFile = pathname.startsWith('/__replica/') || pathname.startsWith('/icons/') || pathname === '/favicon.ico';
      return !(known.has(url) || (own && pageFile));
    });
    expect(web.length).toBeGreaterThan(3);
    expect(strays).toEqual([]);

    // No personal data: only our own identifiers, times and the chosen nickname.
    const stored = await popup.evaluate(dumpStorage);
    const json = JSON.stringify(stored);
    expect(strings(stored).join(' ')).not.toMatch(/\d{8,}/);
    // (Looked for in the stored strings: a time stamp may contain "427" by chance.)
    const text = strings(stored).join(' ');
    for (const typed of ['93282061', 'ola.nordmann', '12048012345', '427']) expect(text).not.toContain(typed);
    // Also the answer to the first question, and where the settings were seen: an official origin and path, nothing more.
    const allowed =
      /^(pinfri:state|version|language|guardian|people|current|id|nickname|progress|path|marks|lastLook|at|by|readable|page|user|sms|app|me|p1|Mor|nb|nn|en|sms-[a-z-]+|app-[a-z-]+|back-in|back-in-[a-z-]+|situation|other-eid|settingsPlace|https:\/\/brukerprofil\.difi\.no\/minprofil\/minid\/|)$/;
    expect(strings(stored).filter((s) => !allowed.test(s))).toEqual([]);
    // Besides the schema version, the only numbers are times, and they are times from this run.
    const numbers = (json.match(/\d+/g) ?? []).map(Number).filter((n) => n !== STATE_VERSION && n !== 1);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => Math.abs(n - Date.now()) < 10 * 60_000)).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('chromium: the service worker may stop at any time', () => {
  let browser: ChromiumBrowser;

  beforeAll(async () => {
    browser = (await launch('chromium')) as ChromiumBrowser;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps progress and goes on after being stopped mid-flow', async () => {
    const page = await browser.newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null, undefined, 8000);
    await page.click('#pref-sms');
    const popup = await browser.openExtensionPage(POPUP);
    // The person answers the first question; the page's evidence is already there.
    await popup.waitFor(() => document.querySelector('[data-situation="other-eid"]') !== null, undefined, 8000);
    await popup.click('[data-situation="other-eid"]');
    await popup.waitFor(() => document.querySelector('[data-step="sms-choose"][data-done="true"]') !== null, undefined, 8000);

    // Stop the worker the way Chromium does when it is idle, through the DevTools protocol.
    const popupPage = browser.context.pages().find((p) => p.url().includes(POPUP))!;
    const cdp = await browser.context.newCDPSession(popupPage);
    const ourWorkers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
      );
    const [target] = await ourWorkers();
    expect(target).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    // (Playwright keeps listing a worker closed this way, so ask the browser itself.)
    await expect.poll(async () => (await ourWorkers()).length, { timeout: 5000 }).toBe(0);

    // The user saves; the message wakes a new worker, which finds everything in storage.
    await page.click('button[type=submit]');
    await popup.waitFor(() => document.querySelector('[data-step="sms-save"][data-done="true"]') !== null, undefined, 10_000);
    const steps = await popup.evaluate(() => Array.from(document.querySelectorAll('[data-step][data-done="true"]')).map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(['sms-open-settings', 'sms-choose', 'sms-mobile', 'sms-save']);
    expect((await ourWorkers()).length).toBe(1);
    const badge = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
    );
    expect(badge).toBe('1');
    await popup.close();
    await page.close();
  });
});

interface SeenHelp {
  title: string;
  why: string;
  links: { href: string | null; text: string; visible: boolean; after: string }[];
  buttons: string[];
}

/**
 * Runs in the page, as a hostile page script would (main world): rewrites the
 * hint in one of the ways it can reach through the open shadow root (round
 * -1: none), then reports what the person sees and hears of it at the next
 * frame — before the browser paints. Self-contained: it is sent to the page.
 */
async function tamperAndLook(round: number): Promise<SeenHelp | null> {
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  if (!shadow) return null;
  const call = shadow.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
  const site = shadow.querySelector<HTMLAnchorElement>('a[href^="https:"]');
  if (round === 0 && call && site) {
    call.textContent = 'Ring 900 00 000';
    call.href = 'tel:+4790000000';
    site.href = 'https://minid-hjelp.example/';
    site.textContent = 'minid-hjelp.example';
  } else if (round === 1) {
    shadow.querySelector('.title')!.textContent = 'Ring PIN-fri på 900 00 000';
    (shadow.querySelector('.why')!.firstChild as Text).data = 'Oppgi koden din på telefon.';
    shadow.querySelector('.help')!.prepend(Object.assign(document.createElement('a'), { href: 'tel:+4790000000', textContent: 'Ring 900 00 000' }));
  } else if (round === 3) {
    // Only an adopted sheet: it changes no node, so no observer sees it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('a[href^="tel:"] { font-size: 0 !important } a[href^="tel:"]::after { content: "Ring 900 00 000"; font-size: 16px }');
    shadow.adoptedStyleSheets = [sheet];
    await new Promise((resolve) => setTimeout(resolve, 1300));
  } else if (round === 2 && call) {
    // Styles: hide our link and draw another number after it, three ways.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('a[href^="tel:"] { font-size: 0 !important } a[href^="tel:"]::after { content: "Ring 900 00 000"; font-size: 16px }');
    shadow.adoptedStyleSheets = [sheet];
    try {
      shadow.querySelector('style')!.sheet!.insertRule('a { display: none !important }');
    } catch {
      // Firefox already refuses a page's hands on a content script's sheet ("cross-origin").
    }
    call.setAttribute('style', 'display: none');
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const callout = shadow.querySelector('.callout');
  if (!callout || !shadow.host.isConnected) return null;
  return {
    title: shadow.querySelector('.title')?.textContent ?? '',
    why: shadow.querySelector('.why')?.textContent ?? '',
    links: Array.from(callout.querySelectorAll('a')).map((a) => {
      const style = getComputedStyle(a);
      return {
        href: a.getAttribute('href'),
        text: a.textContent ?? '',
        visible: style.display !== 'none' && style.visibility !== 'hidden' && parseFloat(style.fontSize) >= 12 && a.getBoundingClientRect().width > 0,
        after: getComputedStyle(a, '::after').content,
      };
    }),
    buttons: Array.from(callout.querySelectorAll('button')).map((b) => `${b.textContent}|${b.getAttribute('data-action')}|${b.hidden}`),
  };
}

describe.each(BROWSERS)('%s: a script on an official page cannot rewrite the hint (issue 14)', (name) => {
  const browser = useBrowser(name);

  it('the number, the link and the words the person sees stay PIN-fri\'s own', async () => {
    const page = await browser().newPage();
    // A settings page without the choice: the hint offers the help number and minid.no.
    await page.goto('https://profil.minid.no/profil');
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'not-found', undefined, 15_000);
    const before = await page.evaluate(tamperAndLook, -1);
    expect(before?.links.map((l) => l.href)).toEqual(['tel:+4780030300', 'https://eid.difi.no/nb/minid']);
    expect(before?.links.every((l) => l.visible && l.after === 'none')).toBe(true);

    // Three rewrites in a row, each undone before the next frame.
    for (const round of [0, 1, 2]) {
      const seen = await page.evaluate(tamperAndLook, round);
      expect(seen, `round ${round}`).toEqual(before);
    }
    // Still the same a moment later, after the hint's own rescans.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(tamperAndLook, -1)).toEqual(before);
    // Once those are past counting: a sheet that changes no node is dropped within a second or so.
    await new Promise((r) => setTimeout(r, 4000));
    expect(await page.evaluate(tamperAndLook, 3)).toEqual(before);

    // A page that keeps at it gets no hint at all, rather than a fight (the popup keeps the help).
    for (const round of [0, 1, 0, 1]) await page.evaluate(tamperAndLook, round);
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]') === null, undefined, 5000);
    await page.close();
  });
});

/** The settings page without the choice: the hint offers the help number and minid.no, in the corner. */
const HELP_PAGE = 'https://profil.minid.no/profil';

/**
 * The replica pages, with one hostile change: on HELP_PAGE a script runs
 * before anything else and defines `pinfri-hint` (the hint's element before
 * issue 22) with a constructor that takes a closed shadow root first. That
 * silenced PIN-fri: its own attachShadow threw.
 */
function resolveWithDefinedElement(): ReplicaResolver {
  const replicas = createReplicaResolver();
  const script =
    "<script>customElements.define('pinfri-hint', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'Ring 900 00 000'; } });</script>";
  return (url) => {
    const answer = replicas(url);
    if (!answer || url !== HELP_PAGE) return answer;
    return { ...answer, body: Buffer.from(answer.body.toString('utf8').replace(/<head>/i, `<head>${script}`), 'utf8') };
  };
}

interface SeenLine {
  text: string;
  href: string | null;
  /** Anything on the way from the help link up to the hint's host that hides it or changes its words. */
  problems: string[];
  /** The link is what the person sees at its own centre (nothing of ours moved over it, nor it away). */
  onTop: boolean;
  /** Animations on the hint, the host's and its shadow tree's. */
  animations: number;
}

/**
 * Runs in the page: what the person sees of the help number, by computed
 * style, from the link up to the hint's host. Self-contained: it is sent to the page.
 */
function seeHelpLine(): SeenLine | null {
  const host = document.querySelector('[data-pinfri-hint]');
  const shadow = host?.shadowRoot;
  const call = shadow?.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
  if (!host || !shadow || !call) return null;
  const problems: string[] = [];
  const link = getComputedStyle(call);
  const opaque = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
  if (!opaque(link.color)) problems.push(`color ${link.color}`);
  if (link.getPropertyValue('-webkit-text-fill-color') !== link.color) problems.push(`text fill ${link.getPropertyValue('-webkit-text-fill-color')}`);
  // Where the engine knows the property at all.
  if (!['none', ''].includes(link.getPropertyValue('-webkit-text-security'))) problems.push(`text security ${link.getPropertyValue('-webkit-text-security')}`);
  if (parseFloat(link.fontSize) < 16) problems.push(`font size ${link.fontSize}`);
  if (link.direction !== 'ltr') problems.push(`direction ${link.direction}`);
  if (link.letterSpacing !== 'normal' || link.textIndent !== '0px') problems.push(`spacing ${link.letterSpacing} ${link.textIndent}`);
  // `content: url(…)` on an element shows that picture instead of the element's own text.
  if (link.content !== 'normal') problems.push(`content ${link.content}`);
  for (let el: Element | null = call; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
    const s = getComputedStyle(el);
    const name = el.className || el.localName;
    // The brand line is the one thing of ours that is not wholly opaque, and it is not on the way.
    if (s.opacity !== '1') problems.push(`${name} opacity ${s.opacity}`);
    if (s.visibility !== 'visible') problems.push(`${name} visibility ${s.visibility}`);
    if (s.display === 'none') problems.push(`${name} display none`);
    for (const prop of ['filter', 'transform', 'clip-path'] as const) if (s.getPropertyValue(prop) !== 'none') problems.push(`${name} ${prop} ${s.getPropertyValue(prop)}`);
    if (!['1', ''].includes(s.getPropertyValue('zoom'))) problems.push(`${name} zoom ${s.getPropertyValue('zoom')}`);
    if (el === host) break;
  }
  const r = call.getBoundingClientRect();
  return {
    text: call.textContent ?? '',
    href: call.getAttribute('href'),
    problems,
    onTop: r.width > 0 && shadow.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === call,
    animations: host.getAnimations().length + shadow.getAnimations().length,
  };
}

describe.each(BROWSERS)('%s: what the person sees and hears in the hint is what PIN-fri wrote (issue 22)', (name) => {
  let browser: E2EBrowser;
  let page: E2EPage;
  let before: SeenLine | null;

  beforeAll(async () => {
    browser = await launchBrowser(name, { extensionDir: extensionDir(name), resolve: resolveWithDefinedElement() });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async () => {
    page = await browser.newPage();
    await page.goto(HELP_PAGE);
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'not-found', undefined, 15_000);
    before = await page.evaluate(seeHelpLine);
  };
  const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));

  it('a page that defined the old element first does not silence it: the hint shows, with the real number', async () => {
    await open();
    expect(await page.evaluate(() => customElements.get('pinfri-hint') !== undefined)).toBe(true);
    expect(before).toMatchObject({ href: 'tel:+4780030300', problems: [], onTop: true, animations: 0 });
    expect(before?.text).toMatch(/^(Ring|Call) 800 30 300$/);
    expect(await page.evaluate(() => document.querySelector('[data-pinfri-hint]')?.localName)).toBe('div');
    await page.close();
  });

  it('closed shadow roots: no element of the hint can take one', async () => {
    await open();
    const attached = await page.evaluate(() => {
      const host = document.querySelector('[data-pinfri-hint]')!;
      let count = 0;
      for (const el of [host, ...Array.from(host.shadowRoot!.querySelectorAll('*'))]) {
        try {
          el.attachShadow({ mode: 'closed' }).textContent = 'Ring 900 00 000';
          count++;
        } catch {
          // What PIN-fri's tree is built for: it throws.
        }
      }
      return count;
    });
    expect(attached).toBe(0);
    await nextFrame();
    expect(await page.evaluate(seeHelpLine)).toEqual(before);
    await page.close();
  });

  it('page CSS on the host and what it inherits changes neither the words nor whether they show', async () => {
    await open();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = `
        body { -webkit-text-security: disc !important; color: transparent !important; -webkit-text-fill-color: transparent !important;
          font-size: 0 !important; visibility: hidden !important; direction: rtl !important; letter-spacing: -1em !important; text-indent: -9999px !important; }
        [data-pinfri-hint], body > div { opacity: 0 !important; visibility: hidden !important; filter: opacity(0) !important; transform: scale(0) !important;
          clip-path: inset(50%) !important; zoom: 0.01 !important; display: none !important; -webkit-text-security: square !important; color: transparent !important; }`;
      document.head.append(style);
    });
    await nextFrame();
    expect(await page.evaluate(seeHelpLine)).toEqual(before);
    expect(await page.evaluate(() => document.querySelector('[data-pinfri-hint]') !== null)).toBe(true);
    await page.close();
  });

  it('page animations on the hint do not hide the help line, and are cancelled', async () => {
    await open();
    await page.evaluate(() => {
      const host = document.querySelector('[data-pinfri-hint]')!;
      const shadow = host.shadowRoot!;
      const help = shadow.querySelector('.help')!;
      const call = shadow.querySelector('a[href^="tel:"]')!;
      const forever = { duration: 0, fill: 'forwards' } as const;
      host.animate([{ opacity: 0, transform: 'scale(0)', visibility: 'hidden' }], forever);
      help.animate([{ opacity: 0, visibility: 'hidden', display: 'none', filter: 'opacity(0)' }], forever);
      call.animate([{ color: 'transparent', fontSize: '0px', transform: 'scale(0)', clipPath: 'inset(50%)' }], forever);
      // A picture of other words in place of the link's own.
      const picture = "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='40'><text y='30'>Ring 900 00 000</text></svg>";
      call.animate([{ content: `url("data:image/svg+xml,${encodeURIComponent(picture)}")` }], forever);
    });
    // Held by the cascade at once: every one of these loses against the hint's !important declarations.
    await nextFrame();
    const { animations, ...seen } = (await page.evaluate(seeHelpLine))!;
    expect(seen).toEqual({ ...before, animations: undefined });
    // (Unless the guard's patrol came first.)
    expect([0, 4]).toContain(animations);
    // What the cascade does not fix (here: the help line moved away) the guard cancels, within its patrol.
    await page.evaluate(() => {
      const help = document.querySelector('[data-pinfri-hint]')!.shadowRoot!.querySelector('.help')!;
      help.animate([{ marginLeft: '-9999px' }], { duration: 0, fill: 'forwards' });
    });
    await page.waitFor(() => {
      const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
      return shadow != null && shadow.getAnimations().length === 0 && shadow.host.getAnimations().length === 0;
    }, undefined, 3000);
    expect(await page.evaluate(seeHelpLine)).toEqual(before);
    await page.close();
  });

  it('where the hint is withdrawn from a page that keeps at it, the popup says PIN-fri could not read the page', async () => {
    page = await browser.newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    // The choice is found and read (whatever is chosen there), and the hint points at it.
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null && document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout[data-state]') != null, undefined, 15_000);
    const popup = await browser.openExtensionPage(POPUP);
    // The page was read: nothing to say yet.
    await popup.waitFor(() => document.querySelector('[data-situation]') !== null, undefined, 8000);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="cant-tell"]'))).toBeNull();
    await popup.close();
    for (let i = 0; i < 4; i++) {
      await page.evaluate((n) => {
        document.querySelector('[data-pinfri-hint]')!.shadowRoot!.querySelector('.title')!.textContent = `Ring 900 00 00${n}`;
      }, i);
    }
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]') === null, undefined, 5000);
    const after = await browser.openExtensionPage(POPUP);
    await after.waitFor(() => document.querySelector('[data-testid="cant-tell"]') !== null, undefined, 8000);
    await after.close();
    await page.close();
  });
});

/**
 * Hostile pages of issue 22 at real official addresses: help pages on the
 * settings host whose own script moves the address to the settings path with
 * history.pushState and draws a checked «Kode på SMS» there, after PIN-fri
 * has started (`/hjelp`) or while the page is still loading, before it has
 * (`/hjelp/tidlig`). Every other address is the replicas'.
 */
const HOSTILE_HELP = `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Hjelp – MinID</title>
<body><h1>Hjelp til MinID</h1><p>Slik bytter du innloggingsmåte.</p><div id="app"></div>
<script>
  window.drawSettings = function () {
    history.pushState(null, '', '/minprofil/minid/');
    document.title = 'Innstillinger for MinID';
    document.getElementById('app').innerHTML = '<form id="settings"><fieldset><legend>Innloggingsmåte</legend>' +
      '<div><input type="radio" id="pref-letter" name="login-preference" value="letter"> <label for="pref-letter">Kode fra PIN-kodebrev</label></div>' +
      '<div><input type="radio" id="pref-sms" name="login-preference" value="sms" checked> <label for="pref-sms">Kode på SMS</label></div>' +
      '</fieldset><p><button type="submit">Lagre</button></p><p role="status" id="status"></p></form>';
    document.getElementById('settings').addEventListener('submit', function (event) {
      event.preventDefault();
      document.getElementById('status').textContent = 'Endringene er lagret';
    });
  };
  // Every state the hint shows, however briefly: "done" must never be one of them.
  window.hintStates = [];
  setInterval(function () {
    var host = document.querySelector('[data-pinfri-hint]');
    var state = host && host.shadowRoot && host.shadowRoot.querySelector('.callout') && host.shadowRoot.querySelector('.callout').getAttribute('data-state');
    if (state && window.hintStates[window.hintStates.length - 1] !== state) window.hintStates.push(state);
  }, 10);
  if (location.pathname === '/hjelp/tidlig') window.drawSettings();
</script></body></html>`;

function hostileResolver(): ReplicaResolver {
  const replicas = createReplicaResolver();
  return (url) => {
    const { origin, pathname } = new URL(url);
    if (origin === 'https://brukerprofil.difi.no' && (pathname === '/hjelp' || pathname === '/hjelp/tidlig')) {
      return { status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(HOSTILE_HELP, 'utf8') };
    }
    return replicas(url);
  };
}

/** Runs in the popup: a popup action, as the popup's own buttons send it. */
async function act(action: Record<string, unknown>): Promise<void> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action });
}

/** Runs in the popup: each person's ticked steps (sorted) and where the settings were seen, straight from storage. */
async function evidence(): Promise<{ marks: Record<string, string[]>; settingsPlace: string | null }> {
  type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const state = (await (g.browser ?? g.chrome)!.storage.local.get('pinfri:state'))['pinfri:state'] as
    | { people: { id: string; progress: { marks: Record<string, unknown> } }[]; settingsPlace?: string }
    | undefined;
  const marks: Record<string, string[]> = {};
  for (const person of state?.people ?? []) marks[person.id] = Object.keys(person.progress.marks).sort();
  return { marks, settingsPlace: state?.settingsPlace ?? null };
}

describe.each(BROWSERS)('%s: evidence ticks only what it proves (issue 22)', (name) => {
  let browser: E2EBrowser;
  let popup: E2EPage;

  beforeAll(async () => {
    browser = await launchBrowser(name, { extensionDir: extensionDir(name), resolve: hostileResolver() });
    popup = await browser.openExtensionPage(POPUP);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Lets a report that was sent reach the background (or be dropped there) before storage is read. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

  it.each(['/hjelp', '/hjelp/tidlig'])(
    'a help page (%s) that pushes a settings path and draws a checked SMS option: pointed at, never "done", no tick of choose or save',
    async (path) => {
      await popup.evaluate(act, { type: 'start-over' });
      const page = await browser.newPage();
      await page.goto(`https://brukerprofil.difi.no${path}`);
      if (path === '/hjelp') {
        await page.waitFor(() => document.documentElement.getAttribute('data-pinfri-page') === 'help', undefined, 8000);
        await page.evaluate(() => (window as unknown as { drawSettings(): void }).drawSettings());
      }
      // PIN-fri still points at the option («remember to save»): the person is not left without a next step.
      await waitForHint(page, 'save');
      expect(await page.evaluate(() => location.pathname)).toBe('/minprofil/minid/');
      // The person (or the script) saves, and the page says it saved: still not "done".
      await page.click('button[type=submit]');
      await page.waitFor(() => document.getElementById('status')?.textContent !== '', undefined, 5000);
      await settle();
      expect(await page.evaluate(() => (window as unknown as { hintStates: string[] }).hintStates)).toEqual(['save']);
      expect(await popup.evaluate(evidence)).toEqual({ marks: { me: [] }, settingsPlace: null });
      await page.close();
    },
  );

  it('the address the background judges by is where the document was when PIN-fri started, not where a pushState moved it', async () => {
    const page = await browser.newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await waitForHint(page, 'pin');
    await settle();
    // Forget where the settings were seen, then move the address: the new page view reports again.
    await popup.evaluate(act, { type: 'start-over' });
    await page.evaluate(() => {
      (window as unknown as { oldHint: Element | null }).oldHint = document.querySelector('[data-pinfri-hint]');
      history.pushState(null, '', '/minprofil/minid/flyttet');
    });
    await page.waitFor(() => (window as unknown as { oldHint: Element | null }).oldHint?.isConnected === false, undefined, 5000);
    await waitForHint(page, 'pin');
    await settle();
    // A settings page first loaded at a settings address still counts; its place is the first address.
    expect(await popup.evaluate(evidence)).toEqual({ marks: { me: ['back-in-app-finish', 'back-in-app-scan', 'back-in-app-start', 'back-in-call', 'back-in-create', 'back-in-letter', 'sms-open-settings'] }, settingsPlace: 'https://brukerprofil.difi.no/minprofil/minid/' });
    await page.close();
  });

  it('a login page that asks for the code from SMS ticks nothing outside the popup\'s flow, and only the login steps inside it, for the person it was started for', async () => {
    const OTC = 'https://login.idporten.no/authorize/minid/otc';
    await popup.evaluate(act, { type: 'start-over' });
    const page = await browser.newPage();
    const login = async () => {
      await page.goto(OTC);
      await waitForHint(page, 'sms-active');
      await settle();
    };

    // No flow the popup started: the hint says what it sees, and nothing is ticked.
    await login();
    expect(await popup.evaluate(evidence)).toEqual({ marks: { me: [] }, settingsPlace: null });

    // A guardian opened the settings for themself, then selected a ward: the ward has no flow, and gets nothing.
    await popup.evaluate(startSettingsFlow);
    await popup.evaluate(act, { type: 'add-person', nickname: 'Mor' });
    await login();
    expect(await popup.evaluate(evidence)).toEqual({ marks: { me: [], p1: [] }, settingsPlace: null });

    // Back to the person the flow was started for: the login steps, and nothing else.
    await popup.evaluate(act, { type: 'select-person', id: 'me' });
    await login();
    expect(await popup.evaluate(evidence)).toEqual({ marks: { me: ['back-in-login', 'sms-first-login'], p1: [] }, settingsPlace: null });
    await page.close();

    // What the person sees: one step done, four left, never "all done".
    const shown = await openPopupOnRoute(browser);
    await shown.waitFor(() => document.querySelector('[data-step="sms-first-login"][data-done="true"]') !== null, undefined, 8000);
    expect(await shown.evaluate(() => Array.from(document.querySelectorAll('[data-step][data-done="true"]')).map((li) => li.getAttribute('data-step')))).toEqual(['sms-first-login']);
    expect(await badge(shown, '4')).toBe('4');
    await shown.close();
  });
});
