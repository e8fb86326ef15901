/** The content script's one browser call, without webextension-polyfill (src/content/runtime.ts), and what it sends (report.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HINT_TEXT } from '../../src/core/hint/hint-text';
import { hintSetupRequest, pageReport } from '../../src/core/messages';
import { createChannel } from '../../src/content/report';
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

describe('the channel to the background', () => {
  const SETUP = { language: 'nb', texts: HINT_TEXT.nb, guideLogin: false };
  /** A background that answers the setup request with `answers` in turn, and records every message. */
  const background = (...answers: unknown[]) => {
    const sent: unknown[] = [];
    scope.chrome = {
      runtime: {
        sendMessage: async (message: { type?: string }) => {
          sent.push(message);
          if (message.type !== 'hint-setup') return undefined;
          const answer = answers.shift();
          if (answer instanceof Error) throw answer;
          return answer;
        },
      },
    };
    return sent;
  };

  it("sends the page's first report with the setup request: one message for a page load, not two", async () => {
    const sent = background(SETUP);
    const channel = createChannel();
    const report = channel.reporter();
    report('settings', 'pin-selected');
    await expect(channel.setup()).resolves.toEqual(SETUP);
    expect(sent).toEqual([hintSetupRequest(pageReport('settings', 'pin-selected'))]);
    // After the request, a report is a message of its own; a repeat of the last is not sent.
    report('settings', 'pin-selected');
    report('settings', 'sms-selected');
    await vi.waitFor(() => expect(sent).toEqual([hintSetupRequest(pageReport('settings', 'pin-selected')), pageReport('settings', 'sms-selected')]));
  });

  it('asks with no report when the first look found nothing to say, and sends a later report after the request, in order', async () => {
    const sent = background(SETUP);
    const channel = createChannel();
    const report = channel.reporter();
    report('login', 'sms-code-asked');
    report('settings', 'sms-selected');
    await channel.setup();
    expect(sent).toEqual([hintSetupRequest(pageReport('login', 'sms-code-asked')), pageReport('settings', 'sms-selected')]);

    const quiet = background(SETUP);
    const empty = createChannel();
    await empty.setup();
    expect(quiet).toEqual([hintSetupRequest(null)]);
  });

  it('tries once more when the worker is starting, then gives up without throwing', async () => {
    const sent = background(new Error('Could not establish connection'), SETUP);
    const channel = createChannel();
    channel.reporter()('settings', 'pin-selected');
    await expect(channel.setup()).resolves.toEqual(SETUP);
    expect(sent).toEqual([hintSetupRequest(pageReport('settings', 'pin-selected')), hintSetupRequest(pageReport('settings', 'pin-selected'))]);

    background(new Error('gone'), { language: 'xx' });
    await expect(createChannel().setup()).resolves.toBeNull();
  });
});
