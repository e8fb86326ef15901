/**
 * Every fact PIN-fri tells about MinID is traceable (issue 21): each text that
 * states one is listed in src/core/facts.ts under a fact, and each fact has a
 * row in docs/PAGES.md, "Facts", naming the same texts, its source, when it
 * was seen and how sure we are. A text with a digit, a web address or a host
 * name in it that is listed nowhere fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_TEXTS, NOT_MINID_FACTS, type TextRef } from '../../src/core/facts';
import { GUIDE_TEXT } from '../../src/core/guide-text';
import { HELP_TEXT } from '../../src/core/help-text';
import { HINT_TEXT } from '../../src/core/hint/hint-text';
import { MESSAGES } from '../../src/core/popup-text';

const PAGES = readFileSync('docs/PAGES.md', 'utf8');
const FACTS_SECTION = PAGES.slice(PAGES.indexOf('\n## Facts'), PAGES.indexOf('\n## ', PAGES.indexOf('\n## Facts') + 4));

interface Row {
  keys: string[];
  source: string;
  seen: string;
  certainty: string;
}

/** The table's rows by fact id: | `fact` | `surface:key`, … | source | seen | how sure |. */
const ROWS = new Map<string, Row>(
  [...FACTS_SECTION.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]*) \| ([^|]*) \| ([^|]*) \| ([^|]*) \|$/gm)].map((m) => [
    m[1]!,
    { keys: [...m[2]!.matchAll(/`([^`]+)`/g)].map((k) => k[1]!), source: m[3]!.trim(), seen: m[4]!.trim(), certainty: m[5]!.trim() },
  ]),
);

const TABLES = { popup: MESSAGES, guide: GUIDE_TEXT, hint: HINT_TEXT, help: HELP_TEXT } as const;
type Surface = keyof typeof TABLES;

/** A key as facts.ts names it: a shared help text by its own table, whichever surface spreads it. */
function refOf(surface: Surface, key: string): TextRef {
  return surface !== 'hint' && key in HELP_TEXT.nb ? `help:${key}` : `${surface}:${key}`;
}

const LISTED = new Set<string>([...Object.values(FACT_TEXTS).flat(), ...Object.keys(NOT_MINID_FACTS)]);

/** What makes a text state something checkable: a number, a web address, a host name. */
const CARRIES_FACT = /\d|https?:|\b[a-z0-9-]+\.(?:no|com|org)\b/i;

describe('the facts table (docs/PAGES.md, "Facts")', () => {
  it('has a row for every fact, naming exactly the texts that state it, with a source, a date and how sure', () => {
    expect(ROWS.size).toBeGreaterThan(0);
    for (const [fact, keys] of Object.entries(FACT_TEXTS)) {
      const row = ROWS.get(fact);
      expect(row, fact).toBeDefined();
      expect([...row!.keys].sort(), fact).toEqual([...keys].sort());
      expect(row!.source.length, `${fact}: source`).toBeGreaterThan(3);
      expect(row!.seen, `${fact}: date seen`).toMatch(/\d{4}/);
      expect(row!.certainty, `${fact}: how sure`).toMatch(/^(verified|inferred|conflicting)/);
    }
    expect([...ROWS.keys()].filter((fact) => !(fact in FACT_TEXTS))).toEqual([]);
  });

  it('lists only texts that exist', () => {
    for (const ref of LISTED) {
      const [surface, key] = [ref.slice(0, ref.indexOf(':')) as Surface, ref.slice(ref.indexOf(':') + 1)];
      expect(key in TABLES[surface].nb, ref).toBe(true);
    }
  });

  it('knows every text that carries a number, an address or a host name, in every language', () => {
    const unlisted = new Set<string>();
    for (const surface of Object.keys(TABLES) as Surface[]) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const table = TABLES[surface][lang] as Readonly<Record<string, string>>;
        for (const [key, text] of Object.entries(table)) {
          if (CARRIES_FACT.test(text) && !LISTED.has(refOf(surface, key))) unlisted.add(refOf(surface, key));
        }
      }
    }
    expect([...unlisted].sort()).toEqual([]);
  });

  it('tells none of the claims no source was found for', () => {
    const all = (Object.keys(TABLES) as Surface[]).flatMap((surface) =>
      (['nb', 'nn', 'en'] as const).flatMap((lang) => Object.values(TABLES[surface][lang] as Readonly<Record<string, string>>)),
    );
    for (const text of all) {
      expect(text).not.toMatch(/\+47|utlandet|abroad|passkey|samme mobilnummer for flere|same mobile number for several|profil\.minid\.no/i);
      // minid.no has no login: never send anyone there to log in.
      expect(text).not.toMatch(/minid\.no[^.]*logg inn|minid\.no[^.]*log in/i);
    }
  });
});
