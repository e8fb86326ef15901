/**
 * One small interface over Playwright (Chromium) and Puppeteer (Firefox), so
 * every E2E case is written once and run in both real browsers.
 */

/** What the replica server answers for one request, or null to let it fail. */
export interface ReplicaResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Serves the replica pages at their real https URLs (see test/replicas). */
export type ReplicaResolver = (url: string) => ReplicaResponse | null;

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** Unpacked extension folder to load (dist/chrome or dist/firefox). */
  extensionDir: string;
  /** Answers every request to an official host; anything else is aborted. */
  resolve: ReplicaResolver;
  /** UI locale to ask the browser for, e.g. 'nb', 'nn', 'en'. */
  locale?: string;
  /**
   * Every page as on a phone: this viewport (CSS px) and touch input, so
   * `E2EPage.tap` works. What each engine can emulate of a touch screen is
   * said in its driver and in phone.e2e.ts.
   */
  phone?: { width: number; height: number };
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One node of the accessibility tree the browser gives assistive technology,
 * in one vocabulary for both engines (ARIA role names; 'document', 'text' for
 * a run of text, 'generic' for a box). Nodes the engine leaves out of the
 * tree are left out here; their children take their place.
 */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  focused: boolean;
  /** aria-live on this node itself ('polite', 'assertive'), else null. */
  live: string | null;
  children: AxNode[];
}

export interface E2EPage {
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>;
  /** Run a function in the page (main world for web pages). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Poll fn in the page until it returns a truthy value; returns that value. */
  waitFor<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, timeoutMs?: number): Promise<T>;
  /** Press a key on the focused element (Playwright/Puppeteer key names, e.g. 'Tab', 'Enter'). */
  press(key: string): Promise<void>;
  /** Click at the centre of the first element matching a CSS selector in the light DOM. */
  click(selector: string): Promise<void>;
  /**
   * Tap with a finger (touch input; launch with `phone`): the first element
   * matching a CSS selector in the light DOM, or a point in CSS pixels of the
   * viewport (for what lives in a shadow root, such as the hint's buttons).
   */
  tap(target: string | { x: number; y: number }): Promise<void>;
  /** Focus the first element matching a CSS selector and type text into it, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** A PNG of the viewport, or of `clip` (CSS pixels, relative to the viewport). */
  screenshot(path: string, clip?: Clip): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * The page's accessibility tree, as the browser hands it to a screen reader
   * now: Chromium through CDP (Accessibility.getFullAXTree), Firefox through
   * its accessibility service (see drivers/firefox.ts). Firefox builds it a
   * moment after the page changes: poll (ax.e2e.ts axUntil).
   */
  accessibilityTree(): Promise<AxNode>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  newPage(): Promise<E2EPage>;
  /**
   * Open a page of the extension itself (e.g. 'src/popup/index.html') in a tab,
   * where the extension API (`browser` in Firefox, `chrome` in Chromium) is available.
   */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Every request URL the browser made that went to the network layer (for the no-network promise). */
  requests(): readonly string[];
  close(): Promise<void>;
}
