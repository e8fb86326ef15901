/**
 * Guardian mode: the people a guardian helps, each known by a nickname only.
 * A nickname must never be personal data we would have to protect: anything
 * that looks like a national ID number (fødselsnummer / D-number, 11 digits)
 * or a phone number is refused, with the reason, so the user can pick another.
 * The same in any digit script (full-width ０１, Arabic-Indic ٠١, mathematical
 * 𝟎𝟏 …), with circled or enclosed digits (①, ⓽, ❾: every character Unicode
 * calls a number counts as a digit), and with invisible characters slipped
 * between the digits; an e-mail address is refused too, also when it is
 * written to slip past a filter ("ola @ nav.no", "ola[at]gmail.com").
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
 * number's true shape: every format character (Unicode's Cf: zero-width
 * spaces and joiners, the soft hyphen, bidi marks and overrides, the tag
 * characters U+E0000–E007F) and everything else Unicode says a font may show
 * as nothing (variation selectors, fillers).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Digits: every character Unicode calls a number (\p{N}: the digits of every
 * script, and circled, enclosed, superscript and Roman ones), with the
 * separators people type inside numbers (spaces, dots, dashes, slashes) taken out.
 */
function digitRuns(text: string): string[] {
  return text.replace(/(?<=\p{N})[\s.\-/\u2010-\u2015\u2212]+(?=\p{N})/gu, '').match(/\p{N}+/gu) ?? [];
}

/** Text shaped like an e-mail address: something@something. */
const EMAIL = /[^\s@]@[^\s@]/;
/** The same with spaces around "@" and ".", which needs a domain with a dot: "Mor @ hjemme" is a nickname, "ola @ nav . no" is not. */
const SPACED_EMAIL = /[^\s@]\s*@\s*[^\s@.]+\s*\.\s*[^\s@.]/;
/** "[at]", "(at)", "{at}", "<at>" and the same for "dot": how people write an address to slip past filters. */
const SPELLED = /[[({<]\s*(at|dot)\s*[\])}>]/i;
const SPELLED_ALL = /\s*[[({<]\s*(at|dot)\s*[\])}>]\s*/giu;

function looksLikeEmail(text: string): boolean {
  if (EMAIL.test(text)) return true;
  const spelled = text.replace(SPELLED_ALL, (_, word: string) => (word.toLowerCase() === 'at' ? '@' : '.'));
  // A spelled-out "at" is never part of a nickname: with it, something@something is an address.
  return SPACED_EMAIL.test(spelled) || (SPELLED.test(text) && EMAIL.test(spelled));
}

/**
 * The nickname as it will be stored: NFKC (so full-width and mathematical
 * digits and letters become the plain ones), invisible characters removed,
 * spaces tidied.
 */
function tidyNickname(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * What a number in the text makes it, if anything. Asked of the text as typed
 * and as NFKC makes it: NFKC turns some symbols into digits ("🄂" into "1,")
 * and some numbers into other characters ("㈩" into "(十)").
 */
function numberProblem(text: string): NicknameProblem | null {
  // Counted in characters, not UTF-16 units: some scripts' digits lie outside the BMP.
  const runs = digitRuns(text).map((run) => [...run].length);
  if (runs.some((run) => run === 11)) return 'looks-like-id';
  // Norwegian numbers have 8 digits; with +47 / 0047 in front, or foreign numbers, more.
  if (runs.some((run) => run >= 8) || /[+＋﹢]\s*\p{N}/u.test(text)) return 'looks-like-phone';
  return null;
}

/** Part of a number (a birth date, the last digits of an ID) is still more than a nickname needs. */
const tooManyDigits = (text: string) => digitRuns(text).reduce((sum, run) => sum + [...run].length, 0) > 4;

export function checkNickname(raw: string, taken: readonly string[] = []): NicknameCheck {
  const nickname = tidyNickname(raw);
  if (nickname === '') return { ok: false, problem: 'empty' };
  if ([...nickname].length > MAX_NICKNAME_LENGTH) return { ok: false, problem: 'too-long' };
  const asTyped = raw.replace(INVISIBLE, '');
  const problem = numberProblem(nickname) ?? numberProblem(asTyped);
  if (problem) return { ok: false, problem };
  if (looksLikeEmail(nickname)) return { ok: false, problem: 'looks-like-email' };
  if (tooManyDigits(nickname) || tooManyDigits(asTyped)) return { ok: false, problem: 'too-many-digits' };
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
