/**
 * The README's "Map of the code" is how a newcomer finds their way: it must
 * name every file of src/ and scripts/ once, in a row of its own that fits on
 * one line, so a file added without a row, or a row left behind by a removed
 * file, fails here (issue 23).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const README = readFileSync('README.md', 'utf8');
const MAX_ROW = 200;

/** The map's table: the lines between its heading and the next heading. */
function mapRows(): string[] {
  const start = README.indexOf('## Map of the code');
  const end = README.indexOf('\n## ', start + 1);
  const sub = README.indexOf('\n### ', start + 1);
  const section = README.slice(start, Math.min(end, sub === -1 ? end : sub));
  return section.split('\n').filter((line) => line.startsWith('| `'));
}

/** The file a row is about: its first cell, one path in backticks. */
const pathOf = (row: string) => /^\| `([^`]+)` \|/.exec(row)?.[1];

const FILES = execFileSync('git', ['ls-files', 'src', 'scripts'], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('the README map', () => {
  const rows = mapRows();

  it('has rows, each one line of at most 200 characters naming one path', () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.length, row).toBeLessThanOrEqual(MAX_ROW);
      expect(pathOf(row), row).toBeDefined();
    }
  });

  it('names every file of src/ and scripts/ exactly once', () => {
    const named = rows.map(pathOf);
    for (const file of FILES) expect(named.filter((path) => path === file), file).toHaveLength(1);
  });

  it('names no file that is not there (a folder row is allowed only outside src/ and scripts/)', () => {
    for (const path of rows.map(pathOf)) {
      if (path!.startsWith('src/') || path!.startsWith('scripts/')) expect(FILES, path).toContain(path);
    }
  });
});
