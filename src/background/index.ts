/**
 * Background: the only writer of the stored state, and the badge.
 * - Page reports are accepted only from our own content script on official pages.
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
  pageReport,
  parseContentMessage,
  parsePopupMessage,
  type HintSetup,
  type PageReport,
} from '../core/messages';
import { pageKindOfUrl } from '../core/sites';
import { currentPerson, stateStore, withCurrentProgress, type StoredState } from '../core/storage';
import { hintTexts, withSettingsPlace } from './pages';

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

/**
 * "Saved" (SMS, the app, an authenticator, a security key) counts only from a page whose address is a settings page (by
 * the browser's sender URL, not the page's word). Elsewhere — a help page,
 * where a script could plant a checked "Kode på SMS" — it is only "chosen".
 * The content script says the same; this holds even if it were fooled.
 */
function trustedReport(report: PageReport, senderUrl: string): PageReport {
  if (pageKindOfUrl(senderUrl) === 'settings') return report;
  if (report.status === 'sms-saved') return pageReport(report.page, 'sms-selected');
  // The same for the other methods a page can show saved: elsewhere they are only chosen.
  if (report.status === 'app-saved' || report.status === 'totp-saved' || report.status === 'webauthn-saved') {
    return pageReport(report.page, 'other-selected');
  }
  return report;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (isOwnPageSender(sender, browser.runtime.id, browser.runtime.getURL(''))) return handlePopup(raw);
  if (!isTrustedSender(sender, browser.runtime.id)) return undefined;
  if (isHintSetupRequest(raw)) return hintSetup();
  const parsed = parseContentMessage(raw);
  if (!parsed) return undefined;
  const senderUrl = sender.url ?? '';
  const message = trustedReport(parsed, senderUrl);
  return store
    .update((state) => withSettingsPlace(withCurrentProgress(state, (progress) => applyReport(progress, message, Date.now())), message, senderUrl))
    .then(() => undefined);
});

// Any change, from here or from the popup, redraws the badge.
store.watch(({ state }) => void showBadge(state));

// The worker starts on install, on browser start and after being stopped: draw the badge from storage.
void store.load().then(({ state }) => showBadge(state));
