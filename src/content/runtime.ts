/**
 * The one browser call the content script makes: a message to the background.
 *
 * Not through webextension-polyfill, which is about 3 KB gzip on every official
 * page for this one call: Firefox gives content scripts the promise-based
 * `browser`, and Chrome's `chrome.runtime.sendMessage` returns a promise in
 * MV3 (we require Chrome 120). The background keeps the polyfill, and always
 * answers, so neither browser reports a closed port.
 */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

type WithRuntime = { runtime?: Runtime } | undefined;

export function sendMessage(message: unknown): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: WithRuntime; chrome?: WithRuntime };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) return Promise.reject(new Error('No extension runtime here'));
  try {
    return Promise.resolve(runtime.sendMessage(message));
  } catch (error) {
    // Chrome throws at once when the extension was reloaded under the page.
    return Promise.reject(error);
  }
}
