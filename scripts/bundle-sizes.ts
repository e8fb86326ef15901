/**
 * What the built extension costs in bytes, read from a dist folder the way a
 * browser reads it: the manifest says which files a page gets; the popup's HTML
 * says which scripts it loads, and those say (by static import) which chunks
 * come with them. Shared by the budget test (test/e2e/budgets.e2e.ts) and
 * `npm run bench`, so both report the same figures.
 *
 * Sizes are deterministic: raw bytes, and gzip at level 9 with node:zlib.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Budgets {
  /** Gzip bytes of the content script(s) on an official page. */
  contentGzipMax: number;
  /** Gzip bytes of every JS file the popup loads. */
  popupGzipMax: number;
  /** JS bytes the extension adds to a page that is not official. */
  otherPageBytes: number;
  /** Median animation frames from the option appearing to it being marked. */
  markFramesMedianMax: number;
}

export function readBudgets(file = 'budgets.json'): Budgets {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const num = (key: keyof Budgets): number => {
    const value = json[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`${file}: "${key}" must be a number of 0 or more`);
    }
    return value;
  };
  return {
    contentGzipMax: num('contentGzipMax'),
    popupGzipMax: num('popupGzipMax'),
    otherPageBytes: num('otherPageBytes'),
    markFramesMedianMax: num('markFramesMedianMax'),
  };
}

export interface FileSize {
  /** Path inside the dist folder, with forward slashes. */
  path: string;
  raw: number;
  gzip: number;
}

export interface Bundle {
  files: FileSize[];
  raw: number;
  gzip: number;
}

export function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * Static imports and re-exports in built (minified) ES modules:
 * `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
 * Dynamic `import()` is not followed: it is not loaded up front.
 */
const STATIC_IMPORT = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** Resolves a URL from a file in dist ("/assets/x.js" is from the extension's root). */
function resolveIn(fromFile: string, spec: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) throw new Error(`${fromFile} loads a remote script: ${spec}`);
  const path = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(fromFile), spec);
  return posix.normalize(path);
}

/** The given files and everything they import statically, each once. */
export function collectBundle(distDir: string, entries: readonly string[]): Bundle {
  const seen = new Set<string>();
  const files: FileSize[] = [];
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const full = join(distDir, path);
    if (!existsSync(full)) throw new Error(`${distDir}: ${path} is referenced but not built`);
    const data = readFileSync(full);
    files.push({ path, raw: data.length, gzip: gzipSize(data) });
    for (const spec of staticImports(data.toString('utf8'))) visit(resolveIn(path, spec));
  };
  for (const entry of entries) visit(posix.normalize(entry));
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** The JS an HTML page of the extension loads: <script src> and <link rel=modulepreload>. */
export function htmlScripts(htmlPath: string, html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('rel')?.toLowerCase() === 'modulepreload' ? attr('href') : undefined;
    if (url) found.push(resolveIn(htmlPath, url));
  }
  return found;
}

export interface ContentScriptEntry {
  matches: string[];
  exclude_matches?: string[];
  include_globs?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
}

export interface Manifest {
  content_scripts?: ContentScriptEntry[];
  action?: { default_popup?: string };
  web_accessible_resources?: unknown[];
}

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * Whether a match pattern (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns)
 * matches a URL. Enough of the grammar for checking our own manifest: scheme or
 * `*`, host, `*.host` or `*`, and a path glob; `<all_urls>` matches everything.
 */
export function patternMatches(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|[a-z][a-z0-9+.-]*):\/\/(\*|(?:\*\.)?[^/*]+)?(\/.*)$/i.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host = '', path] = m as unknown as [string, string, string | undefined, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(parsed.pathname + parsed.search);
}

/** The content-script JS a top-level page at `url` gets from this manifest. */
export function contentScriptsFor(distDir: string, manifest: Manifest, url: string): Bundle {
  const entries = (manifest.content_scripts ?? [])
    .filter((cs) => cs.matches.some((p) => patternMatches(p, url)))
    .filter((cs) => !(cs.exclude_matches ?? []).some((p) => patternMatches(p, url)))
    .flatMap((cs) => cs.js ?? []);
  return collectBundle(distDir, entries);
}

export interface BuildSizes {
  target: string;
  /** Every JS file the manifest's content scripts list, with their static imports. */
  content: Bundle;
  /** Every JS file the popup's HTML loads, with their static imports. */
  popup: Bundle;
}

export function buildSizes(distDir: string): BuildSizes {
  const manifest = readManifest(distDir);
  const content = collectBundle(distDir, (manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []));
  const popupHtml = manifest.action?.default_popup;
  if (!popupHtml) throw new Error(`${distDir}/manifest.json has no action.default_popup`);
  const popup = collectBundle(distDir, htmlScripts(popupHtml, readFileSync(join(distDir, popupHtml), 'utf8')));
  return { target: basename(distDir), content, popup };
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
