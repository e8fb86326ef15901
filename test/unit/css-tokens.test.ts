import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepUsedTokens, parseCss, tokensRead } from '../../scripts/css-tokens';

const THEME = readFileSync(createRequire(import.meta.url).resolve('@digdir/designsystemet-theme/digdir.css'), 'utf8');
const OURS = ['src/popup/popup.css', 'src/guide/guide.css'].map((file) => readFileSync(file, 'utf8'));
const USED = new Set(OURS.flatMap((css) => [...tokensRead(css)]));

/** Custom properties a style sheet defines, with every value each gets (in any rule). */
function definitions(css: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]*)/g)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), m[2]!.trim()]);
  return found;
}

const squeeze = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');

describe('keepUsedTokens', () => {
  it('keeps what is read, what that reads in turn, and ordinary declarations; drops the rest and empty rules', () => {
    const css = `
      @layer base {
        :root {
          --a: var(--b);
          --b: 1px;
          --unused: red;
          --also-unused: var(--b);
          color-scheme: light;
          accent-color: var(--c);
        }
        .empty { --unused-too: 0 }
      }
      @layer other { :root { --nothing: 1 } }
      :root { --c: blue }`;
    const out = keepUsedTokens(css, ['--a']);
    expect(squeeze(out)).toBe('@layerbase{:root{--a:var(--b);--b:1px;color-scheme:light;accent-color:var(--c)}}:root{--c:blue}');
  });

  it('reads nested at-rules, strings, comments and braces in a custom value', () => {
    const css = `@charset "UTF-8";
      /* a comment with { and ; */
      :root {
        --font: "A; {font}", sans-serif;
        --block: { a: b };
        @supports (width: round(down, .1em, 1px)) { --size: round(down, var(--unit), 1px); }
        --unit: 4px;
      }`;
    const out = keepUsedTokens(css, ['--font', '--block', '--size']);
    expect(squeeze(out)).toBe(squeeze(`@charset "UTF-8"; :root { --font: "A; {font}", sans-serif; --block: { a: b }; @supports (width: round(down, .1em, 1px)) { --size: round(down, var(--unit), 1px); } --unit: 4px; }`));
  });

  it('refuses CSS it cannot read rather than guess', () => {
    expect(() => parseCss(':root { --a: 1')).toThrow();
    expect(() => parseCss('}')).toThrow();
    expect(() => parseCss(':root { --a: "1 }')).toThrow();
  });

  it('changes nothing but spacing when every token is used (the real theme)', () => {
    const all = [...definitions(THEME).keys()];
    expect(squeeze(keepUsedTokens(THEME, all))).toBe(squeeze(THEME));
  });

  it('gives our pages every token they read, with the theme’s own values in every rule, and little else', () => {
    const full = definitions(THEME);
    const shaken = keepUsedTokens(THEME, USED);
    const kept = definitions(shaken);
    expect(USED.size).toBeGreaterThan(10);
    for (const name of USED) {
      // Either the theme defines it (and we keep every definition of it) or our CSS gives a fallback.
      if (full.has(name)) expect(kept.get(name), name).toEqual(full.get(name));
      else expect(OURS.some((css) => new RegExp(`var\\(${name},`).test(css)), `${name} has a fallback`).toBe(true);
    }
    // Whatever a kept token reads is kept too, so no var() in the result points at nothing the theme had.
    for (const values of kept.values()) for (const name of tokensRead(values.join(' '))) if (full.has(name)) expect(kept.has(name), name).toBe(true);
    expect(shaken).toContain('color-scheme: light');
    expect(shaken.length).toBeLessThan(THEME.length / 5);
  });
});
