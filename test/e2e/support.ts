/**
 * Shared E2E helpers: which browsers, where the builds are, and functions that
 * run inside pages (they must be self-contained: they are serialised).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './drivers/index';
import type { BrowserName, E2EBrowser, E2EPage, LaunchOptions } from './drivers/types';
import { createReplicaResolver } from '../replicas/serve';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function extensionDir(name: BrowserName): string {
  return resolve('dist', name === 'chromium' ? 'chrome' : 'firefox');
}

export function launch(name: BrowserName, locale?: string, phone?: LaunchOptions['phone']): Promise<E2EBrowser> {
  return launchBrowser(name, { extensionDir: extensionDir(name), resolve: createReplicaResolver(), locale, phone });
}

/** What the page shows of our observable contract, read through open shadow roots. */
export interface ContractView {
  page: string | null;
  /** How many elements carry data-pinfri-target="sms". */
  targets: number;
  /** The marked element is the one the replica expects. */
  targetIsExpected: boolean;
  hasExpected: boolean;
  /** How many elements carry data-pinfri-target="mobile". */
  mobileTargets: number;
  /** The one marked "mobile" is the field the replica expects. */
  mobileIsExpected: boolean;
  hint: boolean;
  /** The callout's data-state, or null without a hint. */
  hintState: string | null;
}

/** Runs in the page. Self-contained on purpose. */
export function readContract(): ContractView {
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot | Element) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const targets = all.filter((el) => el.getAttribute('data-pinfri-target') === 'sms');
  const expected = all.find((el) => el.getAttribute('data-replica-expect') === 'sms');
  const mobiles = all.filter((el) => el.getAttribute('data-pinfri-target') === 'mobile');
  const expectedMobile = all.find((el) => el.getAttribute('data-replica-expect') === 'mobile');
  const hint = document.querySelector('[data-pinfri-hint]');
  return {
    page: document.documentElement.getAttribute('data-pinfri-page'),
    targets: targets.length,
    targetIsExpected: targets.length === 1 && targets[0] === expected,
    hasExpected: expected !== undefined,
    mobileTargets: mobiles.length,
    mobileIsExpected: mobiles.length === 1 && mobiles[0] === expectedMobile,
    hint: hint !== null,
    hintState: hint?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') ?? null,
  };
}

/** Runs in the page: geometry of the option, ring and callout, and the hint's text. */
export function readHint(): {
  state: string | null;
  title: string;
  option: { left: number; top: number; right: number; bottom: number } | null;
  callout: { left: number; top: number; right: number; bottom: number } | null;
  ring: { left: number; top: number; right: number; bottom: number } | null;
  /** Every choice on the page (radios, their labels, Digdir's radio hosts). */
  choices: { left: number; top: number; right: number; bottom: number }[];
  viewport: { width: number; height: number };
} {
  const box = (el: Element | null | undefined) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const find = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector('[data-pinfri-target="sms"]');
    if (direct) return direct;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        const found = find(el.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  const callout = shadow?.querySelector('.callout');
  const ring = shadow?.querySelector('.ring');
  return {
    state: callout?.getAttribute('data-state') ?? null,
    title: shadow?.querySelector('.title')?.textContent ?? '',
    option: box(find(document)),
    callout: box(callout),
    ring: ring && !(ring as HTMLElement).hidden ? box(ring) : null,
    choices: Array.from(document.querySelectorAll('input[type=radio], input[type=radio] + label, mid-radio, mid-radio-button'))
      .map((el) => box(el)!)
      .filter((b) => b.right > b.left),
    viewport: { width: innerWidth, height: innerHeight },
  };
}

export function overlaps(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * One browser for the whole describe block (a start costs ~4 s and ~0.5 GB):
 * launched before its first case, closed after its last.
 */
export function useBrowser(name: BrowserName, locale?: string, phone?: LaunchOptions['phone']): () => E2EBrowser {
  let browser: E2EBrowser | undefined;
  beforeAll(async () => {
    browser = await launch(name, locale, phone);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error(`${name} did not start`);
    return browser;
  };
}

/** Runs in the page: the hint callout's data-state, or null when there is no hint. */
export function hintState(): string | null {
  return document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') ?? null;
}

/** Waits until the hint shows `state`. */
export function waitForHint(page: E2EPage, state: string, timeoutMs = 8000): Promise<unknown> {
  return page.waitFor(
    (want) => {
      const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
      const callout = shadow?.querySelector('.callout');
      // The hint is placed after the browser's next layout, still before that frame is painted
      // (hint/follow.ts); between frames, wait for it: data-placement, or the corner (no ring).
      const placed = callout?.hasAttribute('data-placement') || shadow?.querySelector('.ring')?.hasAttribute('hidden');
      return callout?.getAttribute('data-state') === want && placed;
    },
    state,
    timeoutMs,
  );
}

/** Waits until the toolbar badge shows `want` (read from an extension page, e.g. the popup); returns it. */
export async function badge(popup: E2EPage, want: string): Promise<string | null> {
  return popup.waitFor(async (text) => {
    type Api = { action: { getBadgeText(details: object): Promise<string> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const now = await (g.browser ?? g.chrome)!.action.getBadgeText({});
    return now === text ? now : null;
  }, want, 8000);
}

/**
 * Opens the popup with the person on a route: a newcomer first meets the
 * question of where they stand (issue 21), and page evidence never answers it
 * for them, so a test that wants to see ticks answers it as a person would.
 */
export async function openPopupOnRoute(browser: E2EBrowser, situation = 'other-eid'): Promise<E2EPage> {
  const popup = await browser.openExtensionPage('src/popup/index.html');
  const shows = await popup.waitFor(
    () => (document.querySelector('[data-testid=first-question]') ? 'question' : document.querySelector('[data-route]') ? 'route' : null),
    undefined,
    8000,
  );
  if (shows === 'question') await popup.click(`[data-situation="${situation}"]`);
  return popup;
}

/**
 * Runs in the popup page: the tabs API answers with `url`, as it does over a
 * tab when the person clicks PIN-fri's button (activeTab, which automation
 * cannot grant), and the popup's own code starts again from its built entry,
 * into an empty mount as when the popup opens (the entry is one self-contained
 * module, so the second run has its own copy of Preact, which must not inherit
 * the first copy's tree). Everything after the tabs answer is the production popup.
 */
export async function reopenOver(url: string): Promise<void> {
  const answer = (_query: unknown, callback?: (tabs: { url: string }[]) => void) => {
    const tabs = [{ url, active: true }];
    if (typeof callback === 'function') return void callback(tabs);
    return Promise.resolve(tabs);
  };
  const g = globalThis as unknown as Record<'browser' | 'chrome', { tabs?: object } | undefined>;
  for (const api of [g.browser, g.chrome]) {
    if (api?.tabs) Object.defineProperty(api.tabs, 'query', { configurable: true, writable: true, value: answer });
  }
  const mount = document.getElementById('app')!;
  mount.replaceWith(mount.cloneNode(false));
  // A script element, not import(): the test runner rewrites import() in code it sends to pages.
  const entry = document.querySelector<HTMLScriptElement>('script[type=module]')!.src;
  const again = document.createElement('script');
  again.type = 'module';
  again.src = `${entry}?over=${encodeURIComponent(url)}`;
  await new Promise((resolve, reject) => {
    again.onload = resolve;
    again.onerror = reject;
    document.head.append(again);
  });
}

/**
 * Runs in the popup: what "Åpne MinID-innstillinger" tells the background
 * (the button's wiring is a component test), so no tab goes to the real
 * address. From then on, for half an hour, a login is on the popup's way to
 * the settings, for the person selected now (core/actions.ts, loginFlowRunning).
 */
export async function startSettingsFlow(): Promise<void> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action: { type: 'opened-settings' } });
}
