/**
 * The page as one scan saw it: what the manager (page-view.ts) hands every
 * feature, from the one walk of that scan. Each part is read from the walk
 * the first time a feature asks for it and kept for the rest of the scan, so
 * two features that ask the same thing cost one look, and a part no feature
 * asks for (most of them, on most pages) costs nothing.
 */
import { findMobileField, findSmsCodeField, type TextField } from '../core/find/fields';
import { findMethodSummary, findSmsOption, pageLooksMissing, type MethodSummary, type SmsOption, type Walk } from '../core/find/finder';
import { isSavedMessage } from '../core/find/wording';

export interface PageReading {
  /**
   * Read in the mutation observer's callback, before the page has painted
   * the change: the page may be halfway through rendering (a component fills
   * its shadow root a microtask later). A scan in a frame says false.
   */
  readonly early: boolean;
  /** The "Kode på SMS" option, with what is chosen beside it. */
  readonly smsOption: SmsOption | null;
  /** A row that names the saved login method, with the button that opens the choice. */
  readonly methodSummary: MethodSummary | null;
  /** The field on a login page for the code from SMS. */
  readonly smsCodeField: TextField | null;
  /** The mobile-number field on the contact page. */
  readonly mobileField: TextField | null;
  /** The page calls itself an error or "not found" page. */
  readonly looksMissing: boolean;
  /** A live status or alert on the page says that a change was saved. */
  readonly saysSaved: boolean;
  /** The page is larger than the walk's limit: part of it was not read. */
  readonly truncated: boolean;
}

/** A live status/alert on the page (through open shadow roots; the walk leaves out our hint) that says the change was saved. */
function pageSaysSaved(elements: readonly Element[]): boolean {
  return elements.some((el) => {
    const role = el.getAttribute('role');
    const live = role === 'status' || role === 'alert' || el.hasAttribute('aria-live') || el.localName === 'output';
    return live && !el.hasAttribute('hidden') && isSavedMessage(el.textContent ?? '');
  });
}

/** `read`'s answer, read at the first call and kept. */
function once<T>(read: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: read() }).value;
}

/** The reading of the document from one walk of it (the walk includes open shadow roots). */
export function readPage(walk: Walk, early: boolean): PageReading {
  const smsOption = once(() => findSmsOption(document, walk));
  const methodSummary = once(() => findMethodSummary(walk));
  const smsCodeField = once(() => findSmsCodeField(document, walk));
  const mobileField = once(() => findMobileField(document, walk));
  const looksMissing = once(() => pageLooksMissing(document.title, walk.elements));
  const saysSaved = once(() => pageSaysSaved(walk.elements));
  return {
    early,
    truncated: walk.truncated,
    get smsOption() {
      return smsOption();
    },
    get methodSummary() {
      return methodSummary();
    },
    get smsCodeField() {
      return smsCodeField();
    },
    get mobileField() {
      return mobileField();
    },
    get looksMissing() {
      return looksMissing();
    },
    get saysSaved() {
      return saysSaved();
    },
  };
}
