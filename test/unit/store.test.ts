// @vitest-environment node
/**
 * The store listings (store/*.md): within the stores' limits, the same name
 * and short description as the extension itself, independent of Digdir said
 * in every language, where PIN-fri is tested and where only expected to work,
 * and the Norwegian in plain words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lix } from './lix';

const LANGS = ['nb', 'nn', 'en'] as const;

function section(markdown: string, heading: string): string {
  const match = new RegExp(`(?:^|\\n)## ${heading}\\n\\n([\\s\\S]*?)(?=\\n## |$)`).exec(markdown);
  if (!match) throw new Error(`no "## ${heading}"`);
  return match[1]!.trim();
}

describe.each(LANGS)('store/%s.md', (lang) => {
  const md = readFileSync(`store/${lang}.md`, 'utf8');
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  const name = section(md, 'Name');
  const short = section(md, 'Short description');
  const long = section(md, 'Long description');

  it('name: the extension’s own, within AMO’s 50 and Chrome’s 75 characters', () => {
    expect(name).toBe(messages.extName.message);
    expect([...name].length).toBeLessThanOrEqual(50);
  });

  it('short description: the manifest’s own, within Chrome’s 132 characters', () => {
    expect(short).toBe(messages.extDescription.message);
    expect([...short].length).toBeLessThanOrEqual(132);
  });

  it('long description: says PIN-fri is independent of Digdir, and what it never does', () => {
    expect([...long].length).toBeLessThanOrEqual(16_000);
    const independent = { nb: /uavhengig av Digdir/, nn: /uavhengig av Digdir/, en: /independent\. It is not made by Digdir/ }[lang];
    expect(long).toMatch(independent);
    const never = { nb: /aldri/g, nn: /aldri/g, en: /never/g }[lang];
    expect(long.match(never)?.length ?? 0).toBeGreaterThanOrEqual(3);
    const noNetwork = { nb: /samler ingen data/i, nn: /samlar ingen data/i, en: /collects no data/i }[lang];
    expect(long).toMatch(noNetwork);
  });

  it('long description: tells people locked out since PIN codes stopped about the way back in', () => {
    const backIn = { nb: /kommer ikke inn.*nullstille/s, nn: /kjem ikkje inn.*nullstille/s, en: /cannot log in.*reset/s }[lang];
    expect(long).toMatch(backIn);
    expect(long).toMatch({ nb: /aktiveringsbrev/, nn: /aktiveringsbrev/, en: /activation letter/ }[lang]);
  });

  it('long description: where PIN-fri is tested and where only expected to work, with the Firefox builds’ minimum versions', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    const major = (constant: string) => new RegExp(`${constant} = '(\\d+)\\.`).exec(config)?.[1];
    const from = { nb: 'fra versjon ', nn: 'frå versjon ', en: '' }[lang];
    for (const constant of ['FIREFOX_MIN_VERSION', 'FIREFOX_ANDROID_MIN_VERSION']) expect(long).toContain(`Firefox ${from}${major(constant)}`);
    for (const name of ['Chromium', 'Firefox ESR', 'Edge', 'Firefox for Android', 'Safari']) expect(long).toContain(name);
  });

  if (lang !== 'en') {
    it('long description: plain Norwegian, LIX 35 or below', () => {
      const lines = long.split('\n').map((l) => l.replace(/^•\s*/, '')).filter(Boolean);
      expect(lix(lines).score).toBeLessThanOrEqual(35);
    });
  }
});

describe('store/privacy.md', () => {
  const md = readFileSync('store/privacy.md', 'utf8');
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

  it('justifies every permission the manifest asks for, and the host access', () => {
    for (const permission of manifest.permissions as string[]) expect(md).toContain(`**${permission}**`);
    expect(md).toContain('**Host permissions**');
    expect(md).toContain('### Single purpose');
    expect(md).toContain('"required": ["none"]');
  });
});
