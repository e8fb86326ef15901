import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** The hint's style sheet as written: each colour followed by its token's name in a comment. */
const HINT_CSS = readFileSync('src/content/hint/hint.css', 'utf8');

describe('hint tokens', () => {
  const require = createRequire(import.meta.url);
  const theme = readFileSync(require.resolve('@digdir/designsystemet-theme/digdir.css'), 'utf8');
  const light = theme.slice(theme.indexOf('ds.theme.color-scheme.light'));
  const named = [...HINT_CSS.matchAll(/(#[0-9a-f]{3,8})\s*\/\*\s*(--ds-[\w-]+)\s*\*\//gi)].map((m) => [m[1]!, m[2]!] as const);

  it("are Designsystemet's Digdir light-scheme values", () => {
    expect(named.length).toBeGreaterThanOrEqual(14);
    for (const [value, name] of named) {
      const match = light.match(new RegExp(`${name}:\\s*([^;]+);`));
      // The theme writes six digits; the sheet may write #fff for #ffffff.
      const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((d) => d + d).join('')}` : hex).toLowerCase();
      expect(long(value), name).toBe(long(match?.[1]?.trim() ?? 'missing'));
    }
  });

  it('every colour in the sheet names its token (shadows and system colours aside)', () => {
    const colours = HINT_CSS.replace(/\/\*[\s\S]*?\*\//g, (comment) => (comment.includes('--ds-') ? comment : '')).match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    expect(colours.length).toBe(named.length);
  });
});
