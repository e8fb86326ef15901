/**
 * Every page feature, in the order they start. Each declares the page kinds
 * it serves (pages/*.ts, `feature`); the manager (index.ts) starts those whose
 * kinds include the page's. A new feature is a file in pages/ and a line here;
 * test/unit/features.test.ts checks that every kind is served and written up.
 */
import { feature as choice } from './pages/choice';
import { feature as contact } from './pages/contact';
import { feature as login } from './pages/login';
import type { PageFeature } from './types';

// The choice first: when it shows up, it makes the page a settings page
// before a field feature looks, and the choice's hint outranks a field's.
export const FEATURES: readonly PageFeature[] = [choice, login, contact];
