/**
 * The one way to read and change PIN-fri's stored state. Changes go through a
 * queue so two tabs reporting at the same moment both survive; nothing is kept
 * only in memory, because an MV3 service worker may stop at any time.
 */
import browser from 'webextension-polyfill';
import { readState, STATE_KEY, type ReadResult, type StoredState } from '../core/storage';

export async function loadState(): Promise<ReadResult> {
  const raw = await browser.storage.local.get(STATE_KEY);
  return readState(raw[STATE_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write back, one change at a time. */
export function updateState(change: (state: StoredState) => StoredState): Promise<StoredState> {
  const next = queue.then(async () => {
    const { state } = await loadState();
    const changed = change(state);
    if (changed !== state) await browser.storage.local.set({ [STATE_KEY]: changed });
    return changed;
  });
  queue = next.catch(() => undefined);
  return next;
}
