/**
 * The marks PIN-fri writes into the page's own elements, and nothing else of
 * ours goes there: data-pinfri-page on <html> says which kind of page this is,
 * data-pinfri-target on the one element a feature points at says what it is,
 * and the option the hint points at gets our words in its accessible
 * description (README, "Observable contract"). One module, so the names and
 * the clean-up live in one place and no page feature needs another to mark.
 */
import { componentControl, OWN_ELEMENTS } from '../core/find/finder';
import type { PageKind } from '../core/sites';

const TARGET_ATTR = 'data-pinfri-target';
const PAGE_ATTR = 'data-pinfri-page';

/** Marks the page's kind; null takes the mark away (not an official page we serve). */
export function markPage(kind: PageKind | null): void {
  if (kind) document.documentElement.setAttribute(PAGE_ATTR, kind);
  else document.documentElement.removeAttribute(PAGE_ATTR);
}

/** One feature's target: at most one element marked at a time. */
export interface Marker {
  /** Marks `el` as `what`; the element marked before, if another, loses its mark. */
  mark(el: Element, what: string): void;
  unmark(): void;
  /** Forgets the marked element if the page took it away. */
  dropIfGone(): void;
}

/** A marker whose mark goes when the signal aborts (SPA navigation, unload). */
export function createMarker(signal: AbortSignal): Marker {
  let marked: Element | null = null;
  const unmark = () => {
    // An option that loses its mark (gone, another chosen to point at, the page view over) says our words no more.
    if (marked && described?.option === marked) undescribe();
    marked?.removeAttribute(TARGET_ATTR);
    marked = null;
  };
  signal.addEventListener('abort', unmark, { once: true });
  return {
    mark(el, what) {
      if (marked !== el) unmark();
      if (el.getAttribute(TARGET_ATTR) !== what) el.setAttribute(TARGET_ATTR, what);
      marked = el;
    },
    unmark,
    dropIfGone() {
      if (marked && !marked.isConnected) unmark();
    },
  };
}

/**
 * The element a screen reader and the keyboard meet as the marked one. For
 * Digdir's components (<mid-radio> is role=presentation) it is the control in
 * the host's shadow root: the radio, the button with role=radio, the field's
 * input. The host's own focus(), which forwards there, is the page's script,
 * which the content script's world does not see: it calls the plain one.
 */
export function controlOf(marked: Element): Element {
  return componentControl(marked) ?? marked;
}

/**
 * What we added to an option's accessible description, to take it away
 * again. One at a time: a page has one hint, and only it describes.
 */
let described: {
  /** The element PIN-fri marks (for Digdir's components, the host). */
  option: Element;
  /** The element a screen reader meets as the option, which carries the description. */
  control: Element;
  /** The page's own aria-describedby, as it was (null: none). */
  own: string | null;
  /** aria-describedby as we wrote it. */
  wrote: string;
  note: Element;
} | null = null;

const DESCRIBED_BY = 'aria-describedby';
/** Our note's id, in whatever tree (document or shadow root) the control lives in. */
const NOTE_ID = 'pinfri-suggests';

/**
 * The marked option also says `words` (the person's language, from the
 * background), after the page's own description; the option described
 * before, if another, says them no more.
 *
 * Always through aria-describedby and a note of ours: aria-description would
 * be shorter, but a page's aria-describedby silences it, and one way for
 * every page is one way to test. The note is in the control's own tree (an id
 * resolves only there), not displayed, so it is not read again as page text;
 * a description still reads an element it names.
 */
export function describe(option: Element, words: string): void {
  if (described?.option === option) return;
  undescribe();
  const control = controlOf(option);
  const own = control.getAttribute(DESCRIBED_BY);
  // A page's aria-description or title would give way to ours, and we never read them to repeat them: it keeps its own.
  if (own === null && (control.hasAttribute('aria-description') || control.hasAttribute('title'))) return;
  const note = document.createElement('span');
  note.id = NOTE_ID;
  note.hidden = true;
  note.textContent = words;
  // Ours: the walk never reads it, and its coming and going is no news to the watcher (watch.ts).
  OWN_ELEMENTS.add(note);
  const root = control.getRootNode() as Document | ShadowRoot;
  ((root as Document).body ?? root).append(note);
  const wrote = own ? `${own} ${NOTE_ID}` : NOTE_ID;
  control.setAttribute(DESCRIBED_BY, wrote);
  described = { option, control, own, wrote, note };
}

/** The option's description as the page had it: our note gone, aria-describedby as it was (unless the page changed it since). */
export function undescribe(): void {
  if (!described) return;
  const { control, own, wrote, note } = described;
  described = null;
  note.remove();
  if (control.getAttribute(DESCRIBED_BY) !== wrote) return;
  if (own === null) control.removeAttribute(DESCRIBED_BY);
  else control.setAttribute(DESCRIBED_BY, own);
}
