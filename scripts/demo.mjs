#!/usr/bin/env node
/**
 * `npm run demo`: builds the extension and the replica pages, then runs
 * scripts/demo.ts (TypeScript, loaded through Vite) to show PIN-fri at work.
 * The options are read here, before anything is built; demo.ts gives them meaning.
 */
import { readCommandLine } from './cli.mjs';
import { buildForBrowser, runTs } from './run-ts.mjs';

const { values, args } = readCommandLine(process.argv.slice(2), {
  usage: `npm run demo -- [OPTIONS]   (node scripts/demo.mjs)

Builds PIN-fri and the replica pages, then opens Chromium with the production
build on a replica of the MinID settings page, served at its real https
address. Headed when there is a display; with --headless (or no display) it
writes a screenshot instead (demo.png unless --screenshot says otherwise).`,
  options: {
    page: { type: 'string', value: 'ID', help: 'the replica page to open (default plain-nb; see --list)' },
    list: { type: 'boolean', help: 'list every replica page, build nothing' },
    headless: { type: 'boolean', help: 'no window: write a screenshot' },
    screenshot: { type: 'string', value: 'FILE', help: 'where the screenshot goes' },
    popup: { type: 'boolean', help: 'then open the toolbar popup and show that' },
    canvas: { type: 'boolean', help: 'with --popup: the popup framed on a 1280×800 canvas (store size)' },
    promo: { type: 'boolean', help: "the store's 440×280 promo tile (icon, name, one line)" },
    crop: { type: 'boolean', help: "only the page's heading, the marked option and the hint, at 2× for print" },
    language: { type: 'string', value: 'L', help: "choose PIN-fri's language in the popup first (else it follows the browser)" },
    'guide-pictures': { type: 'boolean', help: "(re)make the printable guide's pictures in public/pictures/" },
  },
  examples: [
    'npm run demo                                      a window, on the plain nb page',
    "npm run demo -- --page elements-nb                Digdir's web components",
    'npm run demo -- --headless --screenshot demo.png  a picture, no window',
    'npm run demo -- --headless --popup --canvas --screenshot popup.png',
  ],
});
if (!values.list) buildForBrowser();
await runTs('./scripts/demo.ts', 'runDemo', args);
