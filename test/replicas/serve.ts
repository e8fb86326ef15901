/**
 * Answers browser requests for the replica pages at their real URLs, so the
 * E2E tests and the demo run the exact production build against
 * https://brukerprofil.difi.no/… and friends without touching the network.
 * Anything that is not a replica gets null (the driver aborts it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReplicaResolver, ReplicaResponse } from '../e2e/drivers/types';
import { ASSET_PREFIX, pageHtml } from './pages';
import { ROUTES, type ReplicaRoute } from './routes';

export { ROUTES, type ReplicaRoute } from './routes';

const DIST = fileURLToPath(new URL('./dist/', import.meta.url));
/** minid-elements loads its icons from /icons/<name>.svg on the page's own host. */
const ICONS = fileURLToPath(new URL('../../node_modules/@felleslosninger/minid-elements/dist/icons/', import.meta.url));
const ASSETS: Record<string, string> = {
  'minid.js': 'text/javascript; charset=utf-8',
  'minid.css': 'text/css; charset=utf-8',
};

/** Throws with the command to run when the web-component bundle has not been built. */
export function assertReplicasBuilt(): void {
  for (const name of Object.keys(ASSETS)) {
    if (!existsSync(DIST + name)) {
      throw new Error(
        `test/replicas/dist/${name} is missing. Build the replica pages first: npm run build:replicas`,
      );
    }
  }
}

const html = (body: string): ReplicaResponse => ({
  status: 200,
  // Without a charset Chromium reads UTF-8 as Latin-1 and "på" becomes "pÃ¥".
  contentType: 'text/html; charset=utf-8',
  body: Buffer.from(body, 'utf8'),
});

/** Routes by URL without the fragment; query strings are part of a route (locale, variant). */
function keyOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

export function createReplicaResolver(routes: readonly ReplicaRoute[] = ROUTES): ReplicaResolver {
  assertReplicasBuilt();
  const pages = new Map<string, ReplicaResponse>();
  const hosts = new Set<string>();
  for (const route of routes) {
    const key = keyOf(route.url);
    if (!key) throw new Error(`replica ${route.id}: bad URL ${route.url}`);
    if (pages.has(key)) throw new Error(`replica ${route.id}: URL ${route.url} is served twice`);
    // An error page answers with its own status (404, 500), as a real server would.
    pages.set(key, { ...html(pageHtml(route)), status: route.status ?? 200 });
    hosts.add(new URL(route.url).origin);
  }
  const assets = new Map<string, ReplicaResponse>();
  for (const [name, contentType] of Object.entries(ASSETS)) {
    assets.set(name, { status: 200, contentType, body: readFileSync(DIST + name) });
  }

  return (url) => {
    const key = keyOf(url);
    if (!key) return null;
    const page = pages.get(key);
    if (page) return page;
    const parsed = new URL(key);
    if (!hosts.has(parsed.origin)) return null;
    if (parsed.pathname.startsWith(ASSET_PREFIX)) {
      return assets.get(parsed.pathname.slice(ASSET_PREFIX.length)) ?? null;
    }
    const icon = /^\/icons\/([a-z0-9-]+\.svg)$/.exec(parsed.pathname)?.[1];
    if (icon && existsSync(ICONS + icon)) {
      return { status: 200, contentType: 'image/svg+xml', body: readFileSync(ICONS + icon) };
    }
    // Any other path on a replica host: a plain 404 page, as a real server would give.
    if (parsed.pathname === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: Buffer.from('') };
    return { ...html('<!doctype html><html lang="nb"><meta charset="utf-8"><title>404</title><h1>Fant ikke siden</h1></html>'), status: 404 };
  };
}
