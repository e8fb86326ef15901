/**
 * Finds a text field to point at by its label, read as a screen reader would:
 * the SMS-code field on login pages, the mobile number on the contact page.
 * Pure and read-only, like the finder (finder.ts): never reads a value.
 */
import { accessibleName, hostName, isHidden, MID_FIELD_HOSTS, walkDeep, type Walk } from './finder';
import { isMobileNumberLabel, isSmsCodePrompt } from './wording';

/** Input types a person types a code or a phone number into. No type = text. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'tel', 'number', 'password', 'search']);

export interface TextField {
  /** The control itself: an <input>, or the light-DOM host of a mid-* field. Never read its value. */
  element: Element;
}

/** An <input> a person types text into, or Digdir's field that holds one. */
function isTextField(el: Element): boolean {
  if (MID_FIELD_HOSTS.has(el.localName)) return true;
  // The <input> inside Digdir's field is represented by its host.
  if (el.localName !== 'input' || MID_FIELD_HOSTS.has(hostName(el))) return false;
  return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').trim().toLowerCase());
}

/** The first visible text field under root whose label, read as a screen reader would, passes `accepts`. */
function findTextField(root: ParentNode, walk: Walk, accepts: (label: string) => boolean): TextField | null {
  for (const el of walk.elements) {
    if (!isTextField(el) || isHidden(el, root)) continue;
    if (accepts(accessibleName(el))) return { element: el };
  }
  return null;
}

/**
 * The field on a login page that asks for the code sent by SMS, or null.
 * Pure and read-only: finds the control by its label and never reads its value.
 */
export function findSmsCodeField(root: ParentNode, walk: Walk = walkDeep(root)): TextField | null {
  return findTextField(root, walk, isSmsCodePrompt);
}

/** The mobile-number field on the contact page, or null. Never reads the number. */
export function findMobileField(root: ParentNode, walk: Walk = walkDeep(root)): TextField | null {
  return findTextField(root, walk, isMobileNumberLabel);
}

/** At most this many of a form's buttons are kept clear of the hint. */
export const MAX_FORM_ACTIONS = 4;

/**
 * The buttons that send a field's form ("Neste", "Lagre"): the hint beside
 * the field keeps clear of them, so the person can always see what to press
 * next. Crosses shadow roots upwards to find the form; reads no values.
 */
export function formActions(field: Element): Element[] {
  let node: Element | null = field;
  let form: Element | null = null;
  while (node && !(form = node.closest('form'))) {
    node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  if (!form) return [];
  const sends = (el: Element) => {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (el.localName === 'input') return type === 'submit' || type === 'image';
    return type !== 'button' && type !== 'reset';
  };
  return Array.from(form.querySelectorAll('button, input, mid-button'))
    .filter((el) => sends(el) && !isHidden(el))
    .slice(0, MAX_FORM_ACTIONS);
}
