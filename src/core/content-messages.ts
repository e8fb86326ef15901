/**
 * What the content script says to the background, and the one answer it
 * reads: the page report, and the hint's setup (asked for once per page view).
 * Its own module, so that the content script's bundle is these few lines and
 * nothing of the popup's messages (actions, and through them storage, the
 * checklist and people). The background's side, and who may send what, is in
 * messages.ts, which builds on this.
 */
import type { HintTextKey } from './hint/hint-text';
import { LANGUAGES, type Language } from './language';
import type { PageStatus } from './page-status';
import { isOneOf, isPlainObject } from './record';
import type { PageKind } from './sites';

/** Every message carries this mark; bump the number when the shape changes. */
export const MESSAGE_MARK = 'pinfri/1';

/** What a page shows, in fixed words (page-status.ts), and which kind of page it is. */
export interface PageReport {
  mark: typeof MESSAGE_MARK;
  type: 'page-report';
  page: PageKind;
  status: PageStatus;
}

export function pageReport(page: PageKind, status: PageStatus): PageReport {
  return { mark: MESSAGE_MARK, type: 'page-report', page, status };
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

export interface HintSetup {
  language: Language;
  /** The hint's words (core/hint/hint-text.ts), in `language`; a key the background did not send shows as nothing. */
  texts: Readonly<Partial<Record<HintTextKey, string>>>;
  /** The person opened MinID settings from the popup a moment ago, and SMS is not saved yet. */
  guideLogin: boolean;
}

/** The background's answer, checked before use (a missing word shows as nothing, never as markup). */
export function parseHintSetup(raw: unknown): HintSetup | null {
  if (!isPlainObject(raw) || !isPlainObject(raw.texts) || typeof raw.guideLogin !== 'boolean') return null;
  if (!isOneOf(LANGUAGES, raw.language)) return null;
  if (!Object.values(raw.texts).every((text) => typeof text === 'string')) return null;
  return { language: raw.language, texts: raw.texts as HintSetup['texts'], guideLogin: raw.guideLogin };
}
