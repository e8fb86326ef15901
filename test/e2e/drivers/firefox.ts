/**
 * Debian's Firefox ESR through puppeteer-core (WebDriver BiDi), with the
 * production build installed as a temporary add-on. Each page's requests are
 * intercepted and answered by the replica resolver or aborted.
 *
 * Quirks, learnt the hard way:
 * - Extension pages (moz-extension://) open under BiDi only when Firefox is
 *   started with --remote-allow-system-access.
 * - The extension's internal UUID is random unless fixed with the pref
 *   extensions.webextensions.uuids, so we fix it to know the URL.
 * - `goto` on a moz-extension:// URL may never report "load" to BiDi: start it
 *   without awaiting, then wait for the document instead.
 *
 * The accessibility tree: puppeteer's `page.accessibility.snapshot()` sends
 * CDP's Accessibility.getFullAXTree, which over BiDi only Chromium answers
 * ("CDP support is required for this feature"; Firefox dropped CDP in 141).
 * BiDi's own `browsingContext.locateNodes` finds nodes by computed role and
 * name, but gives no description, live region or focus. What does: with
 * --remote-allow-system-access, BiDi runs a script in the browser window
 * itself (a context of `"moz:scope": "chrome"`), where Firefox's
 * accessibility service (nsIAccessibilityService) hands out the same tree
 * that screen readers read through the platform's API: role, name,
 * description, states, object attributes (aria-live). See accessibilityTree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { ProtocolError, type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { AxNode, E2EBrowser, E2EPage, LaunchOptions } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so tests know the extension's URL; any valid UUID works. */
export const EXTENSION_UUID = '6f0b7c61-3a0e-4d53-9d0e-5b1f3e2c7a10';

export interface FirefoxBrowser extends E2EBrowser {
  readonly browser: Browser;
  readonly extensionBase: string;
}

/** Firefox's role names (nsIAccessibilityService.getStringRole), in the vocabulary of AxNode; the rest pass as they are. */
const AX_ROLES: Readonly<Record<string, string>> = {
  'text leaf': 'text',
  statictext: 'text',
  radiobutton: 'radio',
  pushbutton: 'button',
  'toggle button': 'button',
  checkbutton: 'checkbox',
  entry: 'textbox',
  graphic: 'img',
  'combobox list': 'listbox',
  'combobox option': 'option',
  section: 'generic',
  text: 'generic',
  'text container': 'generic',
  grouping: 'group',
  statusbar: 'status',
};

/** As the browser window's script returns it, before the roles are put in AxNode's words. */
type GeckoAxNode = Omit<AxNode, 'children'> & { children: GeckoAxNode[] };

/**
 * Runs in Firefox's browser window (system principal), not in a page: the
 * accessibility tree of the selected tab, from the accessibility service.
 * Serialised and sent as text: it must be self-contained.
 */
async function geckoTree(): Promise<string> {
  type Acc = {
    role: number;
    name: string | null;
    description: string;
    firstChild: Acc | null;
    nextSibling: Acc | null;
    childCount: number;
    attributes: { getStringProperty(name: string): string };
    getState(state: { value?: number }, extra: { value?: number }): void;
  };
  const chrome = globalThis as unknown as {
    Components: { classes: Record<string, { getService(i: unknown): unknown }>; interfaces: Record<string, Record<string, number>> };
    gBrowser: { selectedBrowser: unknown };
  };
  const { classes, interfaces } = chrome.Components;
  const service = classes['@mozilla.org/accessibilityService;1']!.getService(interfaces.nsIAccessibilityService) as {
    getAccessibleFor(node: unknown): Acc | null;
    getStringRole(role: number): string;
  };
  const FOCUSED = interfaces.nsIAccessibleStates!.STATE_FOCUSED!;
  // The service starts on first use; the tab's tree reaches this process a moment later.
  let frame: Acc | null = null;
  for (let i = 0; i < 100 && !(frame?.firstChild && frame.firstChild.childCount > 0); i++) {
    frame = service.getAccessibleFor(chrome.gBrowser.selectedBrowser);
    await new Promise((done) => setTimeout(done, 50));
  }
  const walk = (acc: Acc): GeckoAxNode => {
    const children: GeckoAxNode[] = [];
    for (let child = acc.firstChild; child; child = child.nextSibling) children.push(walk(child));
    const state: { value?: number } = {};
    acc.getState(state, {});
    let live: string | null = null;
    try {
      live = acc.attributes.getStringProperty('live') || null;
    } catch {
      // No such attribute: not a live region.
    }
    return { role: service.getStringRole(acc.role), name: acc.name ?? '', description: acc.description ?? '', focused: ((state.value ?? 0) & FOCUSED) !== 0, live, children };
  };
  const doc = frame?.firstChild;
  return JSON.stringify(doc ? walk(doc) : null);
}

/** The browser window's BiDi context, where geckoTree runs (needs --remote-allow-system-access). */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

async function accessibilityTree(page: Page): Promise<AxNode> {
  // The page's tab must be the selected one: geckoTree reads the selected browser.
  await page.bringToFront();
  const session = (page.mainFrame() as unknown as { browsingContext: { userContext: { browser: { session: BidiSession } } } }).browsingContext.userContext.browser
    .session;
  const { result: tree } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (tree.contexts as { context: string }[])[0]!.context;
  const { result } = await session.send('script.callFunction', { functionDeclaration: geckoTree.toString(), target: { context: window }, awaitPromise: true });
  const value = (result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } });
  if (value.type !== 'success') throw new Error(`Firefox's accessibility service: ${value.exceptionDetails?.text ?? value.type}`);
  const raw = JSON.parse(value.result?.value ?? 'null') as GeckoAxNode | null;
  if (!raw) throw new Error('Firefox gave no accessibility tree for the tab');
  // Firefox keeps live on the region's descendants too ('container-live' aside); only the region itself counts.
  const normalise = (node: GeckoAxNode, parentLive: string | null): AxNode => ({
    ...node,
    role: AX_ROLES[node.role] ?? node.role,
    live: node.live !== parentLive ? node.live : null,
    children: node.children.map((child) => normalise(child, node.live)),
  });
  return normalise(raw, null);
}

function wrap(page: Page): E2EPage {
  return {
    async goto(url) {
      // A person looks at the page they load. Left behind a later tab (the reports listener, the
      // popup), it is a background tab, whose timers Firefox holds back to once a second and
      // whose frames it does not run: the hint then came seconds late, and waits timed out.
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: timeoutMs, polling: 50 }, arg);
      return (await handle.jsonValue()) as never;
    },
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
    click: (selector) => page.click(selector),
    tap: (target) => (typeof target === 'string' ? page.tap(target) : page.touchscreen.tap(target.x, target.y)),
    type: (selector, text) => page.type(selector, text),
    async screenshot(path, clip) {
      await page.screenshot({ path: path as `${string}.png`, clip });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    accessibilityTree: () => accessibilityTree(page),
    close: () => page.close(),
  };
}

export async function launchFirefox(opts: LaunchOptions): Promise<FirefoxBrowser> {
  const manifest = JSON.parse(readFileSync(join(opts.extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${opts.extensionDir}/manifest.json has no gecko id`);
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    // Keep Firefox off the network: no updates, telemetry, captive portal or remote settings.
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'services.settings.server': 'data:,',
    // action.openPopup() from a test, as a click on the toolbar button would (phone.e2e.ts measures the popup).
    'extensions.openPopupWithoutUserGesture.enabled': true,
  };
  if (opts.phone) {
    // A touch screen's media features: a coarse pointer that cannot hover (1 = coarse).
    prefs['ui.primaryPointerCapabilities'] = 1;
    prefs['ui.allPointerCapabilities'] = 1;
  }
  if (opts.locale) {
    prefs['intl.locale.requested'] = opts.locale;
    prefs['intl.accept_languages'] = opts.locale;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  await browser.installExtension(opts.extensionDir);
  const extensionBase = `moz-extension://${EXTENSION_UUID}/`;
  const seen: string[] = [];

  const serve = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      seen.push(url);
      if (request.isInterceptResolutionHandled()) return;
      const answer = opts.resolve(url);
      if (!answer) return void request.abort();
      void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
    });
  };

  /**
   * A new tab, at the phone's size before anything loads in it: puppeteer reloads the page when
   * touch is switched on, and a moz-extension:// page may never report that load (see above).
   * Touch: BiDi's emulation.setTouchOverride is an unknown command in Firefox ESR 153 (puppeteer
   * lets that pass), so navigator.maxTouchPoints stays 0 and the page has no TouchEvent; a tap
   * still goes in as BiDi touch input, and the page gets pointer events of type "touch", the
   * touch events and the click.
   */
  const openTab = async () => {
    const page = await browser.newPage();
    if (opts.phone) await page.setViewport({ ...opts.phone, hasTouch: true });
    return page;
  };

  return {
    name: 'firefox',
    browser,
    extensionBase,
    async newPage() {
      const page = await openTab();
      await serve(page);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await openTab();
      // Not intercepted (that would stop the page's own files), but every request is recorded.
      page.on('request', (request: HTTPRequest) => void seen.push(request.url()));
      const url = extensionBase + path;
      void page.goto(url).catch(() => undefined);
      // Under load the first poll can land in the about:blank realm the navigation is tearing
      // down; BiDi then answers with an internal ProtocolError, not "context destroyed", and
      // puppeteer gives up. That is a race in the harness, not a failure: poll again, after a
      // pause, since retrying at once can land in the same dying realm (seen: three in a row).
      for (let attempt = 1; ; attempt++) {
        try {
          await page.waitForFunction((want) => location.href === want && document.readyState === 'complete', { timeout: 15_000, polling: 50 }, url);
          break;
        } catch (error) {
          const cause = (error as Error).cause;
          if (attempt >= 5 || !(error instanceof ProtocolError || cause instanceof ProtocolError)) throw error;
          await new Promise((done) => setTimeout(done, 100 * attempt));
        }
      }
      return wrap(page);
    },
    requests: () => seen,
    close: () => browser.close(),
  };
}
