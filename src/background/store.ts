/**
 * The one way to read and change PIN-fri's stored state. The background is
 * the only writer; changes go through a queue so a popup and two tabs acting
 * at the same moment all survive. Nothing is kept only in memory, because an
 * MV3 service worker may stop at any time.
 */
import browser from 'webextension-polyfill';
import { readState, STATE_KEY, withRepairNoted, type ReadResult, type StoredState } from '../core/storage';

export async function loadState(): Promise<ReadResult> {
  const raw = await browser.storage.local.get(STATE_KEY);
  return readState(raw[STATE_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read, change and write back, one change at a time. Data from a newer
 * PIN-fri is never written over unless `overwrite` says the user asked for it.
 * A write over corrupt or partly invalid data repairs it and leaves the note
 * `repaired` for the popup (core/storage.ts), whoever asked for the write.
 */
export function updateState(change: (state: StoredState) => StoredState, overwrite = false): Promise<StoredState> {
  const next = queue.then(async () => {
    const read = await loadState();
    const { state, writable } = read;
    // Writing repairs what could not be read; the note makes sure the person hears of it, once.
    const changed = change(withRepairNoted(read));
    if (!writable && !overwrite) return state;
    if (changed !== state || !writable) await browser.storage.local.set({ [STATE_KEY]: changed });
    return changed;
  });
  queue = next.catch(() => undefined);
  return next;
}
