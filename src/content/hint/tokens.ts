/**
 * Designsystemet tokens (Digdir theme, light scheme) the hint uses. They are
 * copied as values because the hint lives in its own shadow root, where the
 * page's variables must not reach it; a unit test checks each value against
 * @digdir/designsystemet-theme so they stay Digdir's.
 */
export const TOKENS = {
  '--ds-color-accent-base-default': '#0062BA',
  '--ds-color-accent-base-contrast-default': '#ffffff',
  '--ds-color-accent-border-default': '#2a7cc5',
  '--ds-color-accent-text-default': '#002c54',
  '--ds-color-neutral-background-default': '#ffffff',
  '--ds-color-neutral-text-default': '#1f2c3d',
  '--ds-color-warning-surface-tinted': '#fae6c6',
  '--ds-color-warning-border-default': '#a56d13',
  '--ds-color-warning-text-default': '#3c2807',
  '--ds-color-success-surface-tinted': '#daeddd',
  '--ds-color-success-border-default': '#108c22',
  '--ds-color-success-text-default': '#023409',
  '--ds-color-focus-inner': '#ffffff',
  '--ds-color-focus-outer': '#1f2c3d',
} as const;

export function tokensCss(): string {
  return Object.entries(TOKENS)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
}
