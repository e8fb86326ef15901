/**
 * Every page kind the URL can say (sites.ts) is served by a page feature,
 * has a replica page to test it on, and is written up in the README's map:
 * a new kind that misses one of the three fails here, not in a person's browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/content/features';
import type { PageFeature } from '../../src/content/types';
import { PAGE_KINDS } from '../../src/core/sites';
import { ROUTES } from '../replicas/routes';

const PAGE_FILES = readdirSync('src/content/pages').filter((name) => name.endsWith('.ts'));
const README = readFileSync('README.md', 'utf8');

/** The README map's row for a file: the table line that starts with its path. */
function mapRow(path: string): string | undefined {
  return README.split('\n').find((line) => line.startsWith(`| \`${path}\``));
}

describe('page features', () => {
  it('each file in src/content/pages/ declares one, and the manager starts them all', async () => {
    const declared: PageFeature[] = [];
    for (const name of PAGE_FILES) {
      const module = (await import(`../../src/content/pages/${name}`)) as { feature?: PageFeature };
      expect(module.feature, `${name} exports no feature`).toBeDefined();
      declared.push(module.feature!);
    }
    expect(new Set(FEATURES)).toEqual(new Set(declared));
    expect(FEATURES).toHaveLength(PAGE_FILES.length);
  });

  it('name only page kinds that exist, and have unique names', () => {
    for (const feature of FEATURES) {
      expect(feature.include.length, feature.name).toBeGreaterThan(0);
      for (const kind of feature.include) expect(PAGE_KINDS).toContain(kind);
    }
    expect(new Set(FEATURES.map((f) => f.name)).size).toBe(FEATURES.length);
  });

  it.each(PAGE_KINDS)('the page kind %s has a feature', (kind) => {
    expect(FEATURES.some((f) => f.include.includes(kind))).toBe(true);
  });

  it.each(PAGE_KINDS)('the page kind %s has a replica page', (kind) => {
    expect(ROUTES.some((route) => route.kind === kind)).toBe(true);
  });

  it.each(PAGE_FILES)('src/content/pages/%s has a row in the README map naming each kind it serves', async (name) => {
    const { feature } = (await import(`../../src/content/pages/${name}`)) as { feature: PageFeature };
    const row = mapRow(`src/content/pages/${name}`);
    expect(row, `no README map row for src/content/pages/${name}`).toBeDefined();
    for (const kind of feature.include) expect(row).toContain(`\`${kind}\``);
  });
});
