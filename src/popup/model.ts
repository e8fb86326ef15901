/**
 * The popup's link to the browser: read the state (validated), follow changes
 * made anywhere (background, other tabs), and send actions to the background,
 * which is the only writer.
 */
import browser from 'webextension-polyfill';
import type { ActionReply, PopupAction } from '../core/actions';
import { popupMessage } from '../core/messages';
import { stateStore, type ReadResult } from '../core/storage';

export type PopupModel = ReadResult;

const store = stateStore(browser.storage);

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
