import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/content/hint/tokens';

describe('hint tokens', () => {
  it("are Designsystemet's Digdir light-scheme values", () => {
    const require = createRequire(import.meta.url);
    const css = readFileSync(require.resolve('@digdir/designsystemet-theme/digdir.css'), 'utf8');
    const light = css.slice(css.indexOf('ds.theme.color-scheme.light'));
    for (const [name, value] of Object.entries(TOKENS)) {
      const match = light.match(new RegExp(`${name}:\\s*([^;]+);`));
      expect(match?.[1]?.trim().toLowerCase(), name).toBe(value.toLowerCase());
    }
  });
});
