/**
 * The only messages PIN-fri's parts send each other, with one parser shared by
 * sender and receiver, and who may send each. Anything else — a page's
 * postMessage, a forged object, a message from another extension or from a
 * page that is not official — is dropped before it can change anything.
 *
 * What the content script sends and reads is built in content-messages.ts
 * (its bundle imports only that) and is part of this table too.
 */
import { parsePopupAction, type PopupAction } from './actions';
import { MESSAGE_MARK, pageReport, type PageReport } from './content-messages';
import { PAGE_STATUSES } from './page-status';
import { hasExactKeys, isOneOf, isPlainObject } from './record';
import { pageKindOfUrl, PAGE_KINDS } from './sites';

export { hintSetupRequest, MESSAGE_MARK, pageReport, parseHintSetup, type HintSetup, type HintSetupRequest, type PageReport } from './content-messages';

export type ContentMessage = PageReport;

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

/** The content script's request for the hint's setup (content-messages.ts, hintSetupRequest). */
export function isHintSetupRequest(raw: unknown): boolean {
  return isPlainObject(raw) && hasExactKeys(raw, ['mark', 'type']) && raw.mark === MESSAGE_MARK && raw.type === 'hint-setup';
}
