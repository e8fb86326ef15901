/**
 * The only messages PIN-fri's parts send each other, with one parser shared by
 * sender and receiver. Anything else — a page's postMessage, a forged object,
 * a message from another extension or from a page that is not official — is
 * dropped before it can change anything.
 */
import { parsePopupAction, type PopupAction } from './actions';
import { LANGUAGES, type Language } from './language';
import { PAGE_STATUSES, type PageStatus } from './page-status';
import { hasExactKeys, isOneOf, isPlainObject } from './record';
import { pageKindOfUrl, PAGE_KINDS, type PageKind } from './sites';

/** Every message carries this mark; bump the number when the shape changes. */
export const MESSAGE_MARK = 'pinfri/1';

export interface PageReport {
  mark: typeof MESSAGE_MARK;
  type: 'page-report';
  page: PageKind;
  status: PageStatus;
}

export type ContentMessage = PageReport;

export function pageReport(page: PageKind, status: PageStatus): PageReport {
  return { mark: MESSAGE_MARK, type: 'page-report', page, status };
}

/** A well-formed message from our content script, or null. Extra keys are refused too. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  if (!isPlainObject(raw)) return null;
  if (!hasExactKeys(raw, ['mark', 'type', 'page', 'status'])) return null;
  if (raw.mark !== MESSAGE_MARK || raw.type !== 'page-report') return null;
  if (!isOneOf(PAGE_KINDS, raw.page) || !isOneOf(PAGE_STATUSES, raw.status)) return null;
  return pageReport(raw.page, raw.status);
}

/** The parts of runtime.MessageSender we judge. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Only our own content script, in the top frame of a tab showing an official
 * https page, may report. The URL is the browser's word, not the page's.
 */
export function isTrustedSender(sender: SenderInfo, ownId: string): boolean {
  return (
    sender.id === ownId &&
    typeof sender.url === 'string' &&
    // A page PIN-fri runs on: the genuine-only official hosts have no content script of ours.
    pageKindOfUrl(sender.url) !== null &&
    sender.frameId === 0 &&
    typeof sender.tab?.id === 'number'
  );
}

/** The popup (or any page of our own) asks the background to change the state. */
export interface PopupMessage {
  mark: typeof MESSAGE_MARK;
  type: 'popup-action';
  action: PopupAction;
}

export function popupMessage(action: PopupAction): PopupMessage {
  return { mark: MESSAGE_MARK, type: 'popup-action', action };
}

/** A well-formed popup message, or null. */
export function parsePopupMessage(raw: unknown): PopupMessage | null {
  if (!isPlainObject(raw)) return null;
  if (!hasExactKeys(raw, ['mark', 'type', 'action'])) return null;
  if (raw.mark !== MESSAGE_MARK || raw.type !== 'popup-action') return null;
  const action = parsePopupAction(raw.action);
  return action ? popupMessage(action) : null;
}

/**
 * Only a page of our own extension (the popup, the guide) may change the state
 * directly. Content scripts run on web pages, so their sender URL is the page's
 * https URL and never starts with our own origin.
 */
export function isOwnPageSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && ownOrigin.length > 0 && sender.url.startsWith(ownOrigin);
}

/**
 * The content script asks the background, once per page view, for what the
 * hint needs: the words in the person's language (so the page carries no
 * texts of ours in three languages) and whether to guide them through a login
 * they started from the popup. Only the background reads storage for this.
 */
export interface HintSetupRequest {
  mark: typeof MESSAGE_MARK;
  type: 'hint-setup';
}

export function hintSetupRequest(): HintSetupRequest {
  return { mark: MESSAGE_MARK, type: 'hint-setup' };
}

export function isHintSetupRequest(raw: unknown): boolean {
  return isPlainObject(raw) && hasExactKeys(raw, ['mark', 'type']) && raw.mark === MESSAGE_MARK && raw.type === 'hint-setup';
}

export interface HintSetup {
  language: Language;
  /** The hint's words (core/hint/hint-text.ts), in `language`. */
  texts: Readonly<Record<string, string>>;
  /** The person opened MinID settings from the popup a moment ago, and SMS is not saved yet. */
  guideLogin: boolean;
}

/** The background's answer, checked before use (a missing word shows as nothing, never as markup). */
export function parseHintSetup(raw: unknown): HintSetup | null {
  if (!isPlainObject(raw) || !isPlainObject(raw.texts) || typeof raw.guideLogin !== 'boolean') return null;
  if (!isOneOf(LANGUAGES, raw.language)) return null;
  if (!Object.values(raw.texts).every((text) => typeof text === 'string')) return null;
  return { language: raw.language, texts: raw.texts as Record<string, string>, guideLogin: raw.guideLogin };
}
