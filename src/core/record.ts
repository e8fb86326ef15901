/**
 * The first checks on anything PIN-fri did not build itself: a message, an
 * action, what storage held. One place, so every parser refuses the same way.
 */

/** An object with string keys: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain object, as a message arrives after the browser copies it: no class, no odd prototype. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Exactly these keys, no more and no fewer: an extra key is a shape we did not make. */
export function hasExactKeys(raw: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(raw);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

/**
 * One of the words in `list`: a value from outside (a message, storage, a
 * command line) narrowed to a vocabulary such as LANGUAGES. Compared with
 * ===, so a key an object would inherit ('__proto__', 'constructor') is just
 * a word that is not in the list.
 */
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  // A list of words is a list of values: widening needs no cast.
  const values: readonly unknown[] = list;
  return values.includes(value);
}
