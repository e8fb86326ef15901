// The package exports its style sheets under names without ".css", which vite/client's
// CSS module declarations cannot see. They are side-effect imports only.
declare module '@felleslosninger/minid-elements/theme';
declare module '@felleslosninger/minid-elements/globals';

// Components reached through the alias in test/replicas/vite.config.ts.
declare module '@minid-components/radio.js' {
  export const MinidRadio: CustomElementConstructor;
}
declare module '@minid-components/radio-button.js' {
  export const MinidRadioButton: CustomElementConstructor;
}
declare module '@minid-components/radio-group.js' {
  export const MinidRadioGroup: CustomElementConstructor;
}
