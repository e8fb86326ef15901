/**
 * The content script's report path (src/content/report.ts): where the
 * document was first loaded (issue 22: a help page that pushes a settings
 * path is still a help page), and one report per change.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReporter, loadedAddress } from '../../src/content/report';

const scope = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
  delete scope.chrome;
  history.replaceState(null, '', '/');
});

/** The navigation entry as the browser gives it: its name is the address the document was loaded at. */
const navigationEntry = (name: string) => [{ name, entryType: 'navigation' }] as unknown as PerformanceEntryList;

describe('loadedAddress', () => {
  it('is the navigation entry’s, whatever the page pushed since', () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue(navigationEntry('https://brukerprofil.difi.no/hjelp'));
    history.pushState(null, '', '/minprofil/minid/');
    expect(loadedAddress()).toBe('https://brukerprofil.difi.no/hjelp');
    expect(performance.getEntriesByType).toHaveBeenCalledWith('navigation');
  });

  it.each([
    ['no navigation entry', []],
    ['an entry without a name', navigationEntry('')],
  ])('with %s, is the address as the script starts', (_name, entries) => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue(entries as PerformanceEntryList);
    expect(loadedAddress()).toBe(location.href);
  });
});

describe('createReporter', () => {
  it('sends each change once, and again after a send failed', async () => {
    const send = vi.fn<(m: unknown) => Promise<unknown>>().mockResolvedValue(undefined);
    scope.chrome = { runtime: { sendMessage: send } };
    const report = createReporter();
    report('settings', 'pin-selected');
    report('settings', 'pin-selected');
    expect(send).toHaveBeenCalledTimes(1);
    send.mockRejectedValueOnce(new Error('restarting'));
    report('settings', 'sms-selected');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    report('settings', 'sms-selected');
    expect(send).toHaveBeenCalledTimes(3);
  });
});
