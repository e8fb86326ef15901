import { tokensCss } from './tokens';

/**
 * The hint's styles, scoped to its shadow root. Calm: no motion unless the
 * user allows it, no dimming. Readable: at least 16 px text, 4.5:1 contrast,
 * a visible focus ring, system colours in forced-colors mode, and a callout
 * that never grows wider than the viewport (200 % zoom).
 */
export const HINT_CSS = `
:host {
  all: initial;
  ${tokensCss()}
  --pf-radius: 8px;
}
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
.ring {
  position: fixed; z-index: 2147483646; pointer-events: none; box-sizing: border-box;
  border: 4px solid var(--ds-color-accent-base-default); border-radius: var(--pf-radius);
  box-shadow: 0 0 0 3px var(--ds-color-focus-inner);
}
.ring[hidden] { display: none; }
.callout {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(22rem, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto;
  padding: 14px 16px; border-radius: var(--pf-radius);
  font: 400 max(16px, 1rem)/1.5 Inter, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ds-color-neutral-text-default);
  background: var(--ds-color-neutral-background-default);
  border: 2px solid var(--ds-color-accent-border-default);
  border-left-width: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
}
.callout.corner { right: 16px; bottom: 16px; }
.callout[data-state="pin"] { border-color: var(--ds-color-warning-border-default); background: var(--ds-color-warning-surface-tinted); color: var(--ds-color-warning-text-default); }
.callout[data-state="done"] { border-color: var(--ds-color-success-border-default); background: var(--ds-color-success-surface-tinted); color: var(--ds-color-success-text-default); }
.callout[data-state="sms-active"] { border-color: var(--ds-color-success-border-default); background: var(--ds-color-success-surface-tinted); color: var(--ds-color-success-text-default); }
.help { margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.help[hidden] { display: none; }
.help a {
  display: inline-flex; align-items: center; min-height: 44px;
  color: var(--ds-color-accent-text-default); font-weight: 600;
  text-decoration: underline; text-underline-offset: 3px;
}
.help a:focus-visible {
  outline: 3px solid var(--ds-color-focus-outer); outline-offset: 2px; border-radius: 2px;
  box-shadow: 0 0 0 2px var(--ds-color-focus-inner);
}
.brand { margin: 0 0 2px; font-size: 0.875em; font-weight: 600; color: inherit; opacity: 0.85; }
.title { margin: 0 0 4px; font-size: 1.125em; font-weight: 700; line-height: 1.3; }
.why, .you-choose { margin: 0 0 8px; }
.you-choose { font-size: 0.875em; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 4px; }
button {
  font: inherit; font-weight: 600; min-height: 44px; min-width: 44px; padding: 8px 16px;
  border-radius: 6px; cursor: pointer; border: 2px solid var(--ds-color-accent-base-default);
}
button[hidden] { display: none; }
.primary { background: var(--ds-color-accent-base-default); color: var(--ds-color-accent-base-contrast-default); }
.secondary { background: var(--ds-color-neutral-background-default); color: var(--ds-color-accent-text-default); }
button:focus-visible {
  outline: 3px solid var(--ds-color-focus-outer); outline-offset: 2px;
  box-shadow: 0 0 0 2px var(--ds-color-focus-inner);
}
@media (prefers-reduced-motion: no-preference) {
  .callout { animation: pf-in 160ms ease-out; }
  @keyframes pf-in { from { opacity: 0; } to { opacity: 1; } }
}
@media (forced-colors: active) {
  .ring { border-color: Highlight; box-shadow: none; }
  .callout { border-color: CanvasText; background: Canvas; color: CanvasText; box-shadow: none; }
  button { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
  button:focus-visible, .help a:focus-visible { outline-color: Highlight; }
  .help a { color: LinkText; }
}
@media print { .ring, .callout { display: none; } }
`;
