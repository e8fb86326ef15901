/**
 * Background: the only writer of progress from page evidence, and the badge.
 * Accepts messages only from our own content script on official pages.
 */
import browser from 'webextension-polyfill';
import { applyReport, badgeText } from '../core/checklist';
import { isTrustedSender, parseContentMessage } from '../core/messages';
import { STATE_KEY, type StoredState } from '../core/storage';
import { loadState, updateState } from './store';

/** Dark blue on white text: 4.5:1 or better, like Designsystemet's accent. */
const BADGE_BACKGROUND = '#0a3d6b';
const BADGE_TEXT = '#ffffff';

async function showBadge(state: StoredState): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
  if ('setBadgeTextColor' in browser.action) {
    await browser.action.setBadgeTextColor({ color: BADGE_TEXT });
  }
  await browser.action.setBadgeText({ text: badgeText(state.progress) });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseContentMessage(raw);
  if (!message || !isTrustedSender(sender, browser.runtime.id)) return undefined;
  return updateState((state) => {
    const progress = applyReport(state.progress, message, Date.now());
    return progress === state.progress ? state : { ...state, progress };
  }).then(() => undefined);
});

// Any change, from here or from the popup, redraws the badge.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STATE_KEY in changes) void loadState().then(({ state }) => showBadge(state));
});

// The worker starts on install, on browser start and after being stopped: draw the badge from storage.
void loadState().then(({ state }) => showBadge(state));
