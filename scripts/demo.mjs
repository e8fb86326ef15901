#!/usr/bin/env node
/**
 * `npm run demo`: builds the extension and the replica pages, then runs
 * scripts/demo.ts (TypeScript, loaded through Vite) to show PIN-fri at work.
 * Arguments go through: --headless, --screenshot FILE, --page ID, --list,
 * --popup, --canvas, --promo, --crop, --language L, --guide-pictures (see demo.ts).
 */
import { buildForBrowser, runTs } from './run-ts.mjs';

const argv = process.argv.slice(2);
if (!argv.includes('--list')) buildForBrowser();
await runTs('./scripts/demo.ts', 'runDemo', argv);
