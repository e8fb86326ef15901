/**
 * Background: the only writer of the stored state, and the badge.
 * - Page reports are accepted only from our own content script on official pages,
 *   and count only where they can prove what they say (pages.ts, countedReport).
 * - Popup actions are accepted only from our own extension pages.
 * Everything else is ignored.
 */
import browser from 'webextension-polyfill';
import { applyAction, isGuardianRoute, shouldGuideLogin, type ActionReply, type ActionResult } from '../core/actions';
import { languageFromBrowser } from '../core/language';
import { applyReport, badgeText } from '../core/checklist';
import {
  isHintSetupRequest,
  isOwnPageSender,
  isTrustedSender,
  parseContentMessage,
  parsePopupMessage,
  type HintSetup,
} from '../core/messages';
import { currentPerson, stateStore, withCurrentProgress, type StoredState } from '../core/storage';
import { countedReport, hintTexts, withSettingsPlace } from './pages';

/** The background is the only writer of the stored state (core/storage.ts). */
const store = stateStore(browser.storage);

/** Dark blue on white text: 4.5:1 or better, like Designsystemet's accent. */
const BADGE_BACKGROUND = '#0a3d6b';
const BADGE_TEXT = '#ffffff';

async function showBadge(state: StoredState): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
  if ('setBadgeTextColor' in browser.action) {
    await browser.action.setBadgeTextColor({ color: BADGE_TEXT });
  }
  await browser.action.setBadgeText({ text: badgeText(currentPerson(state).progress) });
}

function handlePopup(raw: unknown): Promise<ActionReply> | undefined {
  const message = parsePopupMessage(raw);
  if (!message) return undefined;
  let result: ActionResult | null = null;
  const overwrite = message.action.type === 'start-over';
  return store.update((state) => {
    result = applyAction(state, message.action, Date.now());
    return result.ok ? result.state : state;
  }, overwrite).then((): ActionReply => {
    const r = result as ActionResult | null;
    return r && !r.ok ? { ok: false, problem: r.problem } : { ok: true };
  });
}

/** What the hint on an official page needs: its words in the person's language, and whether to guide a login. */
async function hintSetup(): Promise<HintSetup> {
  const { state } = await store.load();
  const language = state.language ?? languageFromBrowser(browser.i18n.getUILanguage());
  return { language, texts: hintTexts(language, isGuardianRoute(state)), guideLogin: shouldGuideLogin(state, Date.now()) };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (isOwnPageSender(sender, browser.runtime.id, browser.runtime.getURL(''))) return handlePopup(raw);
  if (!isTrustedSender(sender, browser.runtime.id)) return undefined;
  if (isHintSetupRequest(raw)) return hintSetup();
  const parsed = parseContentMessage(raw);
  if (!parsed) return undefined;
  const senderUrl = sender.url ?? '';
  return store
    .update((state) => {
      const now = Date.now();
      // What the report proves, if anything, judged by the browser's sender URL and the popup's flow (pages.ts).
      const report = countedReport(state, parsed, senderUrl, now);
      if (!report) return state;
      return withSettingsPlace(withCurrentProgress(state, (progress) => applyReport(progress, report, now)), report, senderUrl);
    })
    .then(() => undefined);
});

// Any change, from here or from the popup, redraws the badge.
store.watch(({ state }) => void showBadge(state));

// The worker starts on install, on browser start and after being stopped: draw the badge from storage.
void store.load().then(({ state }) => showBadge(state));
