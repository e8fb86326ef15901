/**
 * docs/PAGES.md is where the facts the code relies on live, with their sources.
 * The code may cite only it (the source zip sent to Mozilla's reviewers holds
 * nothing else), and a citation must name a section that exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOSTS, SITE_NOTES } from '../../src/core/sites';

const PAGES = readFileSync('docs/PAGES.md', 'utf8');
const SECTIONS = new Set([...PAGES.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim()));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'dist' || name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|tsx|mjs|js|css|html|md|json)$/.test(name) ? [path] : [];
  });
}

const SOURCES = [
  ...['src', 'test', 'scripts', 'store', 'public', 'docs'].flatMap(filesUnder),
  ...['README.md', 'SECURITY.md', 'PRIVACY.md', 'CHANGELOG.md', 'manifest.json', 'vite.config.ts'],
].filter((path) => path !== join('test', 'unit', 'pages-doc.test.ts'));

describe('docs/PAGES.md', () => {
  it('is the only place facts are cited from: nothing cites files outside the repository', () => {
    const outside = SOURCES.filter((path) => /DOMAIN\.md|shared\/seed|\.\.\/shared\//.test(readFileSync(path, 'utf8')));
    expect(outside).toEqual([]);
  });

  it('has every section a citation names', () => {
    const cited = new Set<string>();
    for (const path of SOURCES) {
      for (const match of readFileSync(path, 'utf8').matchAll(/PAGES\.md[^\n"]{0,20}"([^"\n]+)"/g)) cited.add(match[1]!);
    }
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].filter((section) => !SECTIONS.has(section))).toEqual([]);
  });

  it('lists every official host with what it is and how sure we are', () => {
    const hosts = PAGES.slice(PAGES.indexOf('## Hosts'), PAGES.indexOf('## Login methods'));
    for (const host of OFFICIAL_HOSTS) {
      expect(hosts, host).toContain(`\`${host}`);
      // The note in sites.ts and the doc agree on how sure we are, where the code says "inferred".
      if (SITE_NOTES[host]?.status === 'inferred') expect(hosts.split('\n').find((line) => line.includes(`\`${host}`))).toMatch(/inferred/);
    }
  });

  it('says how sure it is of each fact', () => {
    for (const section of ['Hosts', 'Login methods', 'Wording', 'How the pages are built', 'Locked out', 'Guardians', 'Help and contact']) {
      expect(SECTIONS.has(section), section).toBe(true);
      const start = PAGES.indexOf(`## ${section}`);
      const end = PAGES.indexOf('\n## ', start + 3);
      expect(PAGES.slice(start, end === -1 ? undefined : end), section).toMatch(/verified|inferred|historical/);
    }
  });
});
