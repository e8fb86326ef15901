/**
 * Guardian mode: the people a guardian helps, each known by a nickname only.
 * A nickname must never be personal data we would have to protect: anything
 * that looks like a national ID number (fødselsnummer / D-number, 11 digits)
 * or a phone number is refused, with the reason, so the user can pick another.
 * The same in any digit script (full-width ０１, Arabic-Indic ٠١, mathematical
 * 𝟎𝟏 …) and with invisible characters slipped between the digits; an e-mail
 * address is refused too.
 */

export interface Person {
  /** Our own id ("me" for the user; "p<number>" for people they help). Never shown. */
  id: string;
  /** Empty for "me"; otherwise what the guardian calls the person, e.g. "Mor" or "Onkel Per". */
  nickname: string;
}

export const ME = 'me';
const MAX_NICKNAME_LENGTH = 30;
export const MAX_PEOPLE = 12;

export type NicknameProblem = 'empty' | 'too-long' | 'looks-like-id' | 'looks-like-phone' | 'looks-like-email' | 'too-many-digits' | 'taken';

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; problem: NicknameProblem };

/**
 * Characters that show nothing, or turn the text around, and could hide a
 * number's true shape: zero-width spaces and joiners, the word joiner, the
 * byte-order mark, soft hyphen, and the bidi marks, embeddings, overrides and isolates.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Digits in any script (\p{Nd}), with the separators people type inside numbers (spaces, dots, dashes, slashes) taken out. */
function digitRuns(text: string): string[] {
  return text.replace(/(?<=\p{Nd})[\s.\-/\u2010-\u2015\u2212]+(?=\p{Nd})/gu, '').match(/\p{Nd}+/gu) ?? [];
}

/** Text shaped like an e-mail address: something@something. */
const EMAIL = /[^\s@]@[^\s@]/;

/**
 * The nickname as it will be stored: NFKC (so full-width and mathematical
 * digits and letters become the plain ones), invisible characters removed,
 * spaces tidied.
 */
function tidyNickname(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function checkNickname(raw: string, taken: readonly string[] = []): NicknameCheck {
  const nickname = tidyNickname(raw);
  if (nickname === '') return { ok: false, problem: 'empty' };
  if ([...nickname].length > MAX_NICKNAME_LENGTH) return { ok: false, problem: 'too-long' };
  // Counted in characters, not UTF-16 units: some scripts' digits lie outside the BMP.
  const runs = digitRuns(nickname).map((run) => [...run].length);
  if (runs.some((run) => run === 11)) return { ok: false, problem: 'looks-like-id' };
  // Norwegian numbers have 8 digits; with +47 / 0047 in front, or foreign numbers, more.
  if (runs.some((run) => run >= 8) || /\+\s*\p{Nd}/u.test(nickname)) return { ok: false, problem: 'looks-like-phone' };
  if (EMAIL.test(nickname)) return { ok: false, problem: 'looks-like-email' };
  // Part of a number (a birth date, the last digits of an ID) is still more than a nickname needs.
  if (runs.reduce((sum, run) => sum + run, 0) > 4) return { ok: false, problem: 'too-many-digits' };
  const lower = nickname.toLocaleLowerCase('nb');
  if (taken.some((other) => tidyNickname(other).toLocaleLowerCase('nb') === lower)) return { ok: false, problem: 'taken' };
  return { ok: true, nickname };
}

/** The next free id for a new person. */
export function newPersonId(existing: readonly Person[]): string {
  let n = 1;
  const ids = new Set(existing.map((p) => p.id));
  while (ids.has(`p${n}`)) n++;
  return `p${n}`;
}
