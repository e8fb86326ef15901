// Every unit test that touches the extension API gets a fresh in-memory browser,
// and component tests unmount whatever the last test rendered.
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => cleanup());
