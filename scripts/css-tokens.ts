/**
 * Keeps only the Designsystemet tokens our pages use.
 *
 * The Digdir theme (@digdir/designsystemet-theme) defines about a thousand
 * custom properties: every colour of every palette in light and dark, every
 * size and type step. The popup and the guide use a few dozen of them. The
 * browser parses every one and carries them all on the root element, on a
 * page that must be ready the moment it is opened. So the build drops the
 * custom properties that nothing we ship reads, directly or through another
 * token, and the rules and layers left empty by that. Everything else in the
 * theme stays exactly as Digdir wrote it: the values, the layers, the
 * selectors, and every ordinary declaration (such as `color-scheme`).
 *
 * `keepUsedTokens` is pure (unit-tested in test/unit/css-tokens.test.ts);
 * `themeTokensPlugin` applies it to the theme during the build, with our own
 * style sheets and components as the list of what is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

type Node =
  | { kind: 'decl'; name: string; text: string }
  | { kind: 'block'; prelude: string; children: Node[] }
  | { kind: 'statement'; text: string };

const VAR_REF = /var\(\s*(--[\w-]+)/g;

/** Every custom property a piece of CSS (or code holding CSS) reads with var(). */
export function tokensRead(text: string): Set<string> {
  return new Set([...text.matchAll(VAR_REF)].map((m) => m[1]!));
}

/**
 * A CSS tree just deep enough for the theme: blocks (rules and at-rules, nested
 * too), declarations and statements. Comments go; strings and brackets are
 * respected; a custom property's value may hold braces.
 */
export function parseCss(css: string): Node[] {
  let i = 0;
  const parseList = (nested: boolean): Node[] => {
    const nodes: Node[] = [];
    let buffer = '';
    let depth = 0; // ( and [ inside the current item
    const flush = (terminated: boolean) => {
      const text = buffer.trim();
      buffer = '';
      if (!text) return;
      const custom = /^(--[\w-]+)\s*:/.exec(text);
      if (nested && custom) nodes.push({ kind: 'decl', name: custom[1]!, text });
      else if (nested && /^[\w-]+\s*:/.test(text)) nodes.push({ kind: 'decl', name: text.slice(0, text.indexOf(':')).trim(), text });
      else if (terminated || text.startsWith('@')) nodes.push({ kind: 'statement', text });
      else throw new Error(`CSS: cannot read "${text.slice(0, 60)}"`);
    };
    while (i < css.length) {
      const c = css[i]!;
      if (c === '/' && css[i + 1] === '*') {
        const end = css.indexOf('*/', i + 2);
        if (end < 0) throw new Error('CSS: a comment does not end');
        i = end + 2;
        continue;
      }
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
        if (j >= css.length) throw new Error('CSS: a string does not end');
        buffer += css.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      if (c === '\\') {
        buffer += css.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '(' || c === '[') depth += 1;
      if (c === ')' || c === ']') depth -= 1;
      if (depth === 0 && c === '{') {
        if (nested && /^\s*--[\w-]+\s*:/.test(buffer)) {
          // A custom property's value is any tokens, braces included: keep them in the value.
          let level = 0;
          for (; i < css.length; i += 1) {
            const d = css[i]!;
            buffer += d;
            if (d === '{') level += 1;
            else if (d === '}' && --level === 0) break;
          }
          i += 1;
          continue;
        }
        const prelude = buffer.trim();
        buffer = '';
        i += 1;
        nodes.push({ kind: 'block', prelude, children: parseList(true) });
        continue;
      }
      if (depth === 0 && c === ';') {
        i += 1;
        flush(true);
        continue;
      }
      if (depth === 0 && c === '}') {
        if (!nested) throw new Error('CSS: a "}" closes nothing');
        i += 1;
        flush(false);
        return nodes;
      }
      buffer += c;
      i += 1;
    }
    if (nested) throw new Error('CSS: a block does not end');
    flush(true);
    return nodes;
  };
  return parseList(false);
}

function serialise(nodes: readonly Node[], indent = ''): string {
  return nodes
    .map((node) =>
      node.kind === 'block'
        ? `${indent}${node.prelude} {\n${serialise(node.children, `${indent}  `)}${indent}}\n`
        : `${indent}${node.text};\n`,
    )
    .join('');
}

/**
 * `css` without the custom properties that neither `used` nor anything they
 * read (through other custom properties, or in the theme's ordinary
 * declarations) needs; rules and at-rules left empty go too.
 */
export function keepUsedTokens(css: string, used: Iterable<string>): string {
  const tree = parseCss(css);
  const reads = new Map<string, Set<string>>();
  const needed = new Set(used);
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'block') walk(node.children);
      else if (node.kind === 'decl' && node.name.startsWith('--')) {
        const set = reads.get(node.name) ?? new Set<string>();
        for (const name of tokensRead(node.text.slice(node.text.indexOf(':') + 1))) set.add(name);
        reads.set(node.name, set);
      } else for (const name of tokensRead(node.text)) needed.add(name);
    }
  };
  walk(tree);
  const queue = [...needed];
  while (queue.length) {
    for (const next of reads.get(queue.pop()!) ?? []) {
      if (!needed.has(next)) {
        needed.add(next);
        queue.push(next);
      }
    }
  }
  const prune = (nodes: readonly Node[]): Node[] =>
    nodes.flatMap((node): Node[] => {
      if (node.kind === 'decl') return node.name.startsWith('--') && !needed.has(node.name) ? [] : [node];
      if (node.kind === 'statement') return [node];
      const children = prune(node.children);
      return children.length ? [{ ...node, children }] : [];
    });
  return serialise(prune(tree));
}

/** The text of every style sheet and component under `dirs`, where our pages read tokens. */
function sources(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(css|tsx?)$/.test(entry.name))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')),
  );
}

/**
 * Shakes the Designsystemet theme's tokens at build time. `pages` are the
 * folders of the pages that import the theme (their CSS and components are
 * read for var() uses); the theme is one module shared by them, so it keeps
 * what any of them uses.
 */
export function themeTokensPlugin(pages: readonly string[]): Plugin {
  return {
    name: 'pinfri:theme-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@digdir[\\/]designsystemet-theme[\\/].*\.css$/.test(id.replace(/\?.*$/, ''))) return null;
      const used = new Set(sources(pages).flatMap((text) => [...tokensRead(text)]));
      return { code: keepUsedTokens(code, used), map: null };
    },
  };
}
