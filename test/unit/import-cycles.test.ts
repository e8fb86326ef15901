// @vitest-environment node
/**
 * No import cycles in src: a cycle means two modules that cannot be read,
 * tested or moved one without the other, and the order they run in depends on
 * who imports first. Type-only imports count too: they tie the files together
 * for a reader just the same.
 *
 * A small reader, not a parser: it follows `import … from './…'`,
 * `export … from './…'`, `import './…'` and `import('./…')` with a relative
 * path to a .ts/.tsx file. Packages and other files (CSS, HTML) are not
 * followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Relative specifiers a file imports, in any of the four forms; spans lines (a long `import {` list).
 * `runtime`: only what is still imported once types are erased (no `import type`, `export type`).
 */
function relativeImports(text: string, runtime = false): string[] {
  const found: string[] = [];
  let withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  if (runtime) withoutComments = withoutComments.replace(/\b(?:import|export)\s+type\b[^;]*;/g, '');
  const forms = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  ];
  for (const form of forms) for (const match of withoutComments.matchAll(form)) found.push(match[1]!);
  return found;
}

/** The .ts/.tsx file a specifier names, or null for anything else (CSS, `?inline` assets…). */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importGraph(files: readonly string[], runtime = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(readFileSync(file, 'utf8'), runtime)
      .map((specifier) => resolveImport(file, specifier))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it (a → b → a). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (node: string) => {
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) if (!done.has(node)) visit(node);
  return cycles;
}

describe('imports in src', () => {
  it('the reader finds every form, over several lines, and skips comments', () => {
    const text = [
      "import {\n  a,\n  type B,\n} from './one';",
      "import type { C } from '../two';",
      "export { d } from './three';",
      "import './four.css';",
      "const e = await import('./five');",
      "import browser from 'webextension-polyfill';",
      "// import { f } from './commented';",
      "/* import { g } from './also-commented'; */",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['./one', '../two', './three', './four.css', './five']);
    // Once types are erased, `import type` is gone; `import { a, type B }` still loads a.
    expect(relativeImports(text, true)).toEqual(['./one', './three', './four.css', './five']);
  });

  it('the walk finds a cycle and prints it in order', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('have no cycle', () => {
    const files = sourceFiles(SRC);
    const graph = importGraph(files);
    // The graph must really be read: the background imports core modules.
    expect(graph.get(join(SRC, 'background/index.ts'))?.length ?? 0).toBeGreaterThan(3);
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(' → '));
    expect(cycles, `import cycles in src:\n${cycles.join('\n')}`).toEqual([]);
  });
});

describe('the content script', () => {
  /** Every file the content script loads, from its entry, once types are erased. */
  const loaded = () => {
    const graph = importGraph(sourceFiles(SRC), true);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.get(file) ?? []) visit(next);
    };
    visit(join(SRC, 'content/index.ts'));
    return [...seen].map((file) => relative(SRC, file)).sort();
  };

  it('loads none of the popup\'s modules or texts, so its bundle does not rely on a minifier dropping them', () => {
    const files = loaded();
    expect(files).toContain('content/pages/choice.ts');
    expect(files).toContain('core/content-messages.ts');
    for (const popupOnly of ['core/messages.ts', 'core/actions.ts', 'core/storage.ts', 'core/checklist.ts', 'core/people.ts', 'core/popup-text.ts', 'core/guide-text.ts', 'core/hint/hint-text.ts', 'core/genuine.ts']) {
      expect(files, popupOnly).not.toContain(popupOnly);
    }
    expect(files.filter((file) => !file.startsWith('content/') && !file.startsWith('core/'))).toEqual([]);
  });
});
