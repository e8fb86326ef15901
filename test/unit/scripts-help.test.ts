/**
 * Every command in scripts/ answers --help (and -h) with its usage and changes
 * nothing; an option it does not know ends it with a message, also changing
 * nothing. Run as npm runs them: `node scripts/<file>.mjs`. (The .ts files are
 * loaded by those commands through Vite; node cannot run them on their own.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Every .mjs file, so a new one must answer --help too (modules say they are not commands).
const COMMANDS = readdirSync('scripts')
  .filter((name) => name.endsWith('.mjs'))
  .sort();

/** What a command could leave behind: git's view (ignored files too) and the time stamps of what it builds or writes. */
function workTree(): string {
  const git = spawnSync('git', ['status', '--porcelain', '--ignored'], { encoding: 'utf8' }).stdout;
  const stamps: string[] = [];
  const visit = (path: string) => {
    if (!existsSync(path)) return stamps.push(`${path} absent`);
    const stat = statSync(path);
    stamps.push(`${path} ${stat.mtimeMs}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of ['dist', 'release', 'demo.png', 'test-results', 'test/replicas/dist', 'public/pictures']) visit(path);
  return `${git}\n${stamps.join('\n')}`;
}

function run(file: string, args: readonly string[]) {
  const before = workTree();
  const res = spawnSync('node', [join('scripts', file), ...args], { encoding: 'utf8', timeout: 20_000 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, changed: workTree() !== before };
}

describe.each(COMMANDS)('scripts/%s', (file) => {
  test.each(['--help', '-h'])('%s prints its usage, exits 0 and changes nothing', (flag) => {
    const res = run(file, [flag]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^Usage: /);
    expect(res.stdout).toContain('--help');
    expect(res.changed).toBe(false);
  });

  test('an unknown option is refused, saying so, and changes nothing', () => {
    const res = run(file, ['--no-such-option']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("Unknown option '--no-such-option'");
    expect(res.changed).toBe(false);
  });
});
