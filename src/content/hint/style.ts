// Vite minifies the sheet and inlines it as a string: no file is exposed to pages.
import rules from './hint.css?inline';
import { tokensCss } from './tokens';

/**
 * The hint's styles, scoped to its shadow root. Calm: no motion unless the
 * user allows it, no dimming. Readable: at least 16 px text, 4.5:1 contrast,
 * a visible focus ring, system colours in forced-colors mode, and a callout
 * that never grows wider than the viewport (200 % zoom).
 */
export const HINT_CSS = `:host{all:initial;${tokensCss()}--pf-radius:8px}${rules}`;
