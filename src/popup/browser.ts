/**
 * The popup's link to the browser: read the state (validated), follow changes
 * made anywhere (background, other tabs), and send actions to the background,
 * which is the only writer.
 *
 * Not through webextension-polyfill: every call the popup makes returns a
 * promise in both browsers (Firefox's `browser`; Chrome's `chrome` in MV3, and
 * we require Chrome 120), so the polyfill's 10 KB would be parsed and run on
 * every opening for nothing. The guide and the background keep it.
 */
import type { ActionReply, PopupAction } from '../core/actions';
import { popupMessage } from '../core/messages';
import { stateStore, type BrowserStorage, type ReadResult } from '../core/storage';

export type PopupModel = ReadResult;

/** The parts of the extension API the popup uses; `browser` in Firefox and `chrome` in Chrome both fit. */
interface PopupBrowser {
  storage: BrowserStorage;
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  tabs: {
    create(options: { url: string }): Promise<unknown>;
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ url?: string }[]>;
  };
  i18n: { getUILanguage(): string };
}

const scope = globalThis as unknown as { browser?: PopupBrowser; chrome?: PopupBrowser };
const browser = (scope.browser ?? scope.chrome)!;

const store = stateStore(browser.storage);

/** The browser's UI language, for a person who has not chosen one. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** The stored state as the popup shows it: validated, migrated, never written from here. */
export const loadPopupModel = (): Promise<PopupModel> => store.load();

/** Calls `onChange` with the new model whenever the stored state changes. */
export const watchPopupModel = (onChange: (model: PopupModel) => void): (() => void) => store.watch(onChange);

export async function sendAction(action: PopupAction): Promise<ActionReply> {
  try {
    const reply = (await browser.runtime.sendMessage(popupMessage(action))) as ActionReply | undefined;
    return reply ?? { ok: false, problem: 'no-answer' };
  } catch {
    return { ok: false, problem: 'no-answer' };
  }
}

export function openTab(url: string): void {
  void browser.tabs.create({ url });
}

/** The address of the tab the popup was opened over. activeTab grants it for this one tab, now. */
export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}

/** The printable guide, an extension page of its own (built as an extra input in vite.config.ts). */
export function openGuide(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('src/guide/index.html') });
}

/**
 * What the first drawing needs, asked for the moment this module runs: main.tsx
 * imports it before the views, so the browser answers while they load.
 */
export const firstLook: Promise<[PopupModel, string | undefined]> = Promise.all([loadPopupModel(), activeTabUrl()]);
