/** The content script's one browser call, without webextension-polyfill (src/content/runtime.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../src/content/runtime';

const scope = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete scope.browser;
  delete scope.chrome;
});

describe('sendMessage in the content script', () => {
  it("uses Firefox's promise-based browser.runtime first", async () => {
    const firefox = vi.fn(async () => 'from firefox');
    const chrome = vi.fn(async () => 'from chrome');
    scope.browser = { runtime: { sendMessage: firefox } };
    scope.chrome = { runtime: { sendMessage: chrome } };
    await expect(sendMessage({ a: 1 })).resolves.toBe('from firefox');
    expect(firefox).toHaveBeenCalledWith({ a: 1 });
    expect(chrome).not.toHaveBeenCalled();
  });

  it("falls back to Chrome's chrome.runtime, which returns a promise in MV3", async () => {
    scope.chrome = { runtime: { sendMessage: async (m: unknown) => ({ echo: m }) } };
    await expect(sendMessage('x')).resolves.toEqual({ echo: 'x' });
  });

  it('rejects, never throws, when there is no runtime or the call throws (extension reloaded under the page)', async () => {
    await expect(sendMessage('x')).rejects.toThrow();
    scope.chrome = {
      runtime: {
        sendMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    };
    await expect(sendMessage('x')).rejects.toThrow('invalidated');
  });
});
