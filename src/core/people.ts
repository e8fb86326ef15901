/**
 * Guardian mode: the people a guardian helps, each known by a nickname only.
 * A nickname must never be personal data we would have to protect: anything
 * that looks like a national ID number (fødselsnummer / D-number, 11 digits)
 * or a phone number is refused, with the reason, so the user can pick another.
 */

export interface Person {
  /** Our own id ("me" for the user; "p<number>" for people they help). Never shown. */
  id: string;
  /** Empty for "me"; otherwise what the guardian calls the person, e.g. "Mor" or "Onkel Per". */
  nickname: string;
}

export const ME = 'me';
export const MAX_NICKNAME_LENGTH = 30;
export const MAX_PEOPLE = 12;

export type NicknameProblem = 'empty' | 'too-long' | 'looks-like-id' | 'looks-like-phone' | 'too-many-digits' | 'taken';

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; problem: NicknameProblem };

/** Digits with the separators people type inside numbers (spaces, dots, dashes, slashes) taken out. */
function digitRuns(text: string): string[] {
  return text.replace(/(?<=\d)[\s.\-/]+(?=\d)/g, '').match(/\d+/g) ?? [];
}

export function checkNickname(raw: string, taken: readonly string[] = []): NicknameCheck {
  const nickname = raw.replace(/\s+/g, ' ').trim();
  if (nickname === '') return { ok: false, problem: 'empty' };
  if (nickname.length > MAX_NICKNAME_LENGTH) return { ok: false, problem: 'too-long' };
  const runs = digitRuns(nickname);
  if (runs.some((run) => run.length === 11)) return { ok: false, problem: 'looks-like-id' };
  // Norwegian numbers have 8 digits; with +47 / 0047 in front, or foreign numbers, more.
  if (runs.some((run) => run.length >= 8) || /\+\s*\d/.test(nickname)) return { ok: false, problem: 'looks-like-phone' };
  // Part of a number (a birth date, the last digits of an ID) is still more than a nickname needs.
  if (runs.join('').length > 4) return { ok: false, problem: 'too-many-digits' };
  const lower = nickname.toLocaleLowerCase('nb');
  if (taken.some((other) => other.toLocaleLowerCase('nb') === lower)) return { ok: false, problem: 'taken' };
  return { ok: true, nickname };
}

/** The next free id for a new person. */
export function newPersonId(existing: readonly Person[]): string {
  let n = 1;
  const ids = new Set(existing.map((p) => p.id));
  while (ids.has(`p${n}`)) n++;
  return `p${n}`;
}
