/**
 * Finds the "Kode på SMS" login-method option on a page, by meaning.
 *
 * Pure: it takes a root (a document, shadow root or element) and uses only the
 * DOM interfaces of the nodes it is given, never globals, so it runs the same
 * in the content script and in unit tests.
 *
 * How (each step answers a way the page can fool a naive search):
 * 1. Candidates are CONTROLS, never prose: native radios, the entries of a
 *    <select>, role=radio/option/menuitemradio, Digdir's <mid-radio>/
 *    <mid-radio-button> hosts, and buttons or links only when they sit in a
 *    group of login-method choices.
 * 2. Each candidate's label is read as a screen reader would (aria-labelledby,
 *    aria-label, label[for], wrapping label, slotted text of a web component).
 * 3. The label's meaning comes from wording.ts (SMS + code, not a decoy).
 * 4. Siblings that name other methods (PIN letter, app) raise confidence.
 * Open shadow roots are walked; closed ones cannot be, by design.
 */
import { isOneOf } from '../record';
import { isEditLabel, isMissingPageText, meaningOf, MAX_LABEL_WORDS, namesLoginMethod, type Method } from './wording';

/** 'select': an <option> of a <select>; the person uses the <select> itself, so that is the target. */
export type ControlKind = 'radio' | 'aria-choice' | 'mid-radio' | 'mid-radio-button' | 'button' | 'link' | 'select';

export interface Choice {
  /** The element the user clicks to choose; gets data-pinfri-target. */
  element: Element;
  kind: ControlKind;
  method: Method | null;
  exact: boolean;
  decoy: boolean;
  /** Its label names an e-ID (an entry of an e-ID chooser): never a login method to choose. */
  eid: boolean;
  words: number;
  /** null when the state cannot be read. */
  checked: boolean | null;
  /** It cannot be chosen now (native `disabled`, `aria-disabled="true"`, a disabled fieldset or component). */
  disabled: boolean;
  /** Container that groups this choice with its siblings (radio name scope, radiogroup, fieldset…). */
  group: Node | null;
}

export type SettingsState =
  | 'sms-selected'
  | 'pin-selected'
  | 'other-selected'
  | 'none-selected'
  | 'unknown';

export interface SmsOption {
  target: Element;
  kind: ControlKind;
  /** Other login-method choices in the same group. */
  siblings: Choice[];
  state: SettingsState;
  /**
   * The method chosen in the group right now ('other' for a chosen entry we
   * cannot name), and the element that shows it; null when none is chosen
   * or it cannot be read.
   */
  chosen: Method | null;
  chosenElement: Element | null;
  /**
   * The SMS option is there but cannot be chosen yet: the page disables it
   * until a mobile number is registered (docs/PAGES.md "Facts", `sms-needs-mobile`).
   */
  unavailable: boolean;
}

/** Walking stops after this many elements: a huge page costs bounded time. */
export const MAX_ELEMENTS = 20_000;

const CHOICE_ROLES = new Set(['radio', 'option', 'menuitemradio']);
const GROUP_ROLES = new Set(['radiogroup', 'listbox', 'menu', 'group', 'list', 'tablist']);
const GROUP_TAGS = new Set(['mid-radio-group', 'fieldset', 'ul', 'ol', 'form']);
/** Elements whose subtrees are never read. */
export const SKIP_SUBTREES: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'head']);
/**
 * PIN-fri's own elements on the page (the hint's host, content/hint/view.ts;
 * the option's note, content/mark.ts), never part of the page we read, and
 * never news to the watcher. Known by identity, not by a name: the host is a
 * plain div, so that no page can define it (issue 22), and a mark is
 * something a page could copy onto its own elements.
 */
export const OWN_ELEMENTS = new WeakSet<Element>();
const MID_HOSTS = ['mid-radio', 'mid-radio-button'] as const;
/**
 * Digdir's text-field components. Their label is the `label` attribute (or a
 * slot="label" child); the <input> they render in their shadow root is
 * represented by the host, as a screen reader user meets it.
 */
export const MID_FIELD_HOSTS: ReadonlySet<string> = new Set(['mid-textfield', 'mid-code-input', 'mid-phone-input']);

/**
 * The control inside one of Digdir's components that the finder stands for
 * by its host (a radio, a text field): the <input> or role=radio in the
 * host's shadow root, which a screen reader and the keyboard meet. Null for
 * any other element, or a component not yet rendered.
 */
export function componentControl(el: Element): Element | null {
  const tag = el.localName;
  if (!isOneOf(MID_HOSTS, tag) && !MID_FIELD_HOSTS.has(tag)) return null;
  return el.shadowRoot?.querySelector('input,[role=radio]') ?? null;
}

export interface Walk {
  elements: Element[];
  shadowRoots: ShadowRoot[];
  truncated: boolean;
}

/**
 * Every element under root, through open shadow roots, in document order,
 * bounded. It touches only the elements it visits (each costs a wrapper in
 * the content script's world): a box of 600 000 rows costs the walk no more
 * than its first rows, where a stack of every box's children cost the whole box.
 */
export function walkDeep(root: ParentNode, limit = MAX_ELEMENTS): Walk {
  const elements: Element[] = [];
  const shadowRoots: ShadowRoot[] = [];
  /** Where to go on when the subtree being walked is done: each is followed by its later siblings (null: none). */
  const resume: (Element | null)[] = [];
  let el = root.firstElementChild;
  let truncated = false;
  while (el || resume.length > 0) {
    if (!el) el = resume.pop() ?? null;
    else if (SKIP_SUBTREES.has(el.localName) || OWN_ELEMENTS.has(el)) el = el.nextElementSibling;
    else if (elements.length === limit) {
      truncated = true;
      break;
    } else {
      elements.push(el);
      resume.push(el.nextElementSibling);
      // Shadow content before the light children: the order a user meets a web component in.
      const shadow = el.shadowRoot;
      if (shadow) {
        shadowRoots.push(shadow);
        resume.push(el.firstElementChild);
        el = shadow.firstElementChild;
      } else el = el.firstElementChild;
    }
  }
  return { elements, shadowRoots, truncated };
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name, as far as a screen reader would compute it for a choice. */
export function accessibleName(el: Element): string {
  // A disconnected element's root is an element, which has neither of these methods.
  const scope = el.getRootNode() as Partial<Document | ShadowRoot>;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy
      .split(/\s+/)
      .map((id) => text(scope.getElementById?.(id)))
      .filter(Boolean);
    if (parts.length > 0) return parts.join(' ');
  }
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const tag = el.localName;
  if (MID_FIELD_HOSTS.has(tag)) return el.getAttribute('label')?.trim() || text(el.querySelector(':scope > [slot="label"]'));
  const title = () => el.getAttribute('title')?.trim() ?? '';
  if (tag === 'input') {
    const id = el.getAttribute('id');
    const label = (id && scope.querySelector?.(`label[for="${id.replace(/["\\]/g, '\\$&')}"]`)) || el.closest('label');
    return label ? text(label) : title() || (el.getAttribute('placeholder')?.trim() ?? '');
  }
  // Web-component options and ARIA choices: their light-DOM text is the slotted label.
  return text(el) || title();
}

/**
 * Hidden from everyone by its own attributes, or, given `within`, by an
 * ancestor's up to it (a closed-off step of a multi-step form).
 */
export function isHidden(el: Element, within?: ParentNode): boolean {
  if (el.localName === 'input' && el.getAttribute('type') === 'hidden') return true;
  for (let node: Element | null = el; node && node !== within; node = within ? node.parentElement : null) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** The name of the element whose open shadow root holds `el`; '' in a document. */
export function hostName(el: Element): string {
  return (el.getRootNode() as Partial<ShadowRoot>).host?.localName ?? '';
}

const isAction = (kind: ControlKind | null) => kind === 'button' || kind === 'link';

function controlKind(el: Element): ControlKind | null {
  const tag = el.localName;
  if (isOneOf(MID_HOSTS, tag)) return tag;
  const role = el.getAttribute('role')?.toLowerCase() ?? '';
  const kind: ControlKind | null =
    tag === 'input' ? (el.getAttribute('type')?.toLowerCase() === 'radio' ? 'radio' : null)
    // A placeholder entry ("Velg …", value="") is no method; a disabled one is kept when it names a method (findChoices).
    : tag === 'option' ? (el.closest('select') && el.getAttribute('value') !== '' ? 'select' : null)
    : CHOICE_ROLES.has(role) ? 'aria-choice'
    : tag === 'button' || role === 'button' ? 'button'
    : tag === 'a' && el.hasAttribute('href') ? 'link'
    : null;
  // The internals of Digdir's components are represented by their host. Asked
  // only of controls: finding an element's root costs, and most are no control.
  return kind && isOneOf(MID_HOSTS, hostName(el)) ? null : kind;
}

function checkedState(el: Element, kind: ControlKind): boolean | null {
  const aria = kind === 'aria-choice';
  if (aria || isAction(kind)) {
    const state = aria ? (el.getAttribute('aria-checked') ?? el.getAttribute('aria-selected')) : (el.getAttribute('aria-pressed') ?? el.getAttribute('aria-current'));
    return state === null ? null : state === 'true' || (state === 'page' && !aria);
  }
  // An entry of a <select> is chosen when the <select> shows it: the person's
  // current choice (a fixed entry, not personal data).
  const name = kind === 'select' ? 'selected' : 'checked';
  const value = (el as Element & Partial<Record<typeof name, unknown>>)[name];
  return typeof value === 'boolean' ? value : el.hasAttribute(name);
}

/**
 * Whether the control cannot be chosen: disabled natively (itself, or a
 * <select> or <fieldset> around it), by ARIA, or as Digdir's component host.
 */
function isDisabled(el: Element, kind: ControlKind): boolean {
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return true;
  if (kind === 'select') return el.closest('select')?.hasAttribute('disabled') === true;
  // A disabled fieldset disables the native controls in it (HTML, "the disabled attribute of fieldset").
  return kind === 'radio' && el.closest('fieldset[disabled]') !== null;
}

/** The nearest element that groups choices: radiogroup, fieldset, listbox, a list, or a form. */
function groupOf(el: Element, kind: ControlKind): Node | null {
  if (kind === 'radio' && el.getAttribute('name')) return el.closest('form') ?? el.getRootNode();
  if (kind === 'select') return el.closest('select');
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (GROUP_TAGS.has(node.localName) || GROUP_ROLES.has(node.getAttribute('role')?.toLowerCase() ?? '')) return node;
  }
  return el.parentElement?.parentElement ?? el.parentElement;
}

/** Every login-method-looking control under root, in document order. */
export function findChoices(root: ParentNode, walk: Walk = walkDeep(root)): Choice[] {
  const choices: Choice[] = [];
  for (const el of walk.elements) {
    const kind = controlKind(el);
    if (!kind || isHidden(el)) continue;
    const meaning = meaningOf(accessibleName(el));
    if (meaning.words === 0 || meaning.words > MAX_LABEL_WORDS) continue;
    const disabled = isDisabled(el, kind);
    // A disabled entry of a drop-down that names no method is its placeholder ("Velg …"), shown as chosen: not a method.
    if (disabled && kind === 'select' && meaning.method === null) continue;
    choices.push({
      element: el,
      kind,
      ...meaning,
      checked: checkedState(el, kind),
      disabled,
      group: groupOf(el, kind),
    });
  }
  return choices;
}

/** Whether two choices are in one group: radios by their name within their form or root, other controls by their container. */
const sameGroup = (a: Choice, b: Choice) =>
  a.group === b.group && (a.kind === 'radio' && b.kind === 'radio' ? a.element.getAttribute('name') === b.element.getAttribute('name') : a.group !== null);

/**
 * The SMS login-method option under root, or null when there is none.
 * A button or link counts only inside a group that also offers another method;
 * a real choice control (radio and kin) counts on its own.
 * The login-method choice offers the methods of one e-ID: an entry that names
 * an e-ID, or any entry in a group where one does, belongs to an e-ID chooser
 * ("MinID — Kode på SMS eller MinID-appen", "BankID", …), never to it.
 */
export function findSmsOption(root: ParentNode, walk?: Walk): SmsOption | null {
  const choices = findChoices(root, walk);
  let best: { option: SmsOption; points: number } | null = null;
  for (const choice of choices) {
    if (choice.method !== 'sms' || choice.decoy || choice.eid) continue;
    if (choices.some((other) => other.eid && !other.decoy && other !== choice && sameGroup(choice, other))) continue;
    // Unnamed buttons and links are no choice (a nav link with aria-current is not a chosen method).
    const mates = choices.filter((other) => other !== choice && !other.decoy && sameGroup(choice, other) && (other.method !== null || !isAction(other.kind)));
    const siblings = mates.filter((other) => other.method !== null);
    const offersAnother = siblings.some((s) => s.method !== 'sms');
    const action = isAction(choice.kind);
    if (action && !offersAnother) continue;
    // The exact wording, another method beside it, and a real choice control each make it surer.
    const points = (choice.exact ? 3 : 1) + (offersAnother ? 2 : 0) + (action ? 0 : 1);
    if (!best || points > best.points) {
      // What is chosen in the group. `mates` includes entries whose label names no
      // method we know: when one of those is chosen, it is 'other', never "none"
      // (a method we cannot name must not be pushed to SMS).
      const checked = choice.checked ? choice : mates.find((c) => c.checked);
      const chosen = checked ? (checked.method ?? 'other') : null;
      const state: SettingsState =
        chosen === 'sms' || chosen === 'pin' ? `${chosen}-selected`
        : chosen ? 'other-selected'
        : choice.checked === null && mates.every((c) => c.checked === null) ? 'unknown'
        : 'none-selected';
      const target = choice.kind === 'select' ? (choice.group as Element) : choice.element;
      best = { points, option: { target, kind: choice.kind, siblings, state, chosen, chosenElement: checked?.element ?? null, unavailable: choice.disabled } };
    }
  }
  return best?.option ?? null;
}

/** A summary row that names the saved login method, with the button that opens the choice. */
export interface MethodSummary {
  /** The edit button or link; the person presses it themselves. */
  edit: Element;
  /** The method the row names (a row that names none we can read is not returned: we cannot tell). */
  method: Method;
}

/** At most this many words in a row: more is prose, not a summary. */
const MAX_ROW_WORDS = 16;

/**
 * The row's label for an element: a <dd>'s <dt>, a cell's row, or else the
 * element's own text (which then holds label and value, "Innloggingsmetode: …").
 */
function rowText(el: Element): string {
  let dt = el.localName === 'dd' ? el.previousElementSibling : null;
  while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
  return `${text(el.localName === 'td' ? el.parentElement : dt)} ${text(el)}`;
}

/**
 * A row about the LOGIN METHOD with its own edit button ("Endre
 * innloggingsmetode", or "Endre" inside a row labelled "Innloggingsmetode").
 * Rows about anything else ("Endre mobilnummer", e-mail) are not it.
 * Climbs a few levels from each edit button, and only while the row holds
 * no other edit button, so a list of rows never lends one row's label to another.
 */
export function findMethodSummary(walk: Walk): MethodSummary | null {
  const edits = walk.elements.filter((el) => isAction(controlKind(el)) && !isHidden(el) && isEditLabel(accessibleName(el)));
  for (const edit of edits) {
    const named = namesLoginMethod(accessibleName(edit));
    let row: Element | null = edit;
    for (let depth = 0; row && depth < 4; depth++, row = row.parentElement) {
      if (edits.some((other) => other !== edit && row!.contains(other))) break;
      const words = rowText(row);
      if (words.split(' ').length > MAX_ROW_WORDS) break;
      const method = meaningOf(words).method;
      if (method && (named || namesLoginMethod(words))) return { edit, method };
    }
  }
  return null;
}

/** The page calls itself an error or "not found" page, in its title or its first heading. */
export function pageLooksMissing(title: string, elements: readonly Element[]): boolean {
  return isMissingPageText(title) || isMissingPageText(elements.find((el) => el.localName === 'h1')?.textContent ?? '');
}
