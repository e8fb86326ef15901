import browser from 'webextension-polyfill';
import { readState, STATE_KEY, type ReadResult } from '../core/storage';

/** What the popup shows: the stored state, validated (see core/storage). */
export type PopupModel = ReadResult;

export async function loadPopupModel(): Promise<PopupModel> {
  const raw = await browser.storage.local.get(STATE_KEY);
  return readState(raw[STATE_KEY]);
}
