/**
 * The contact page: the SMS code goes to the mobile number registered here,
 * so we point at that field and ask the person to check it. Visiting this
 * page proves nothing about the checklist, so nothing is reported. The
 * number itself is never read.
 */
import { findMobileField } from '../../core/find/fields';
import { initField } from '../field';
import type { PageContext, PageFeature } from '../types';

const MOBILE_TARGET = 'mobile';

export function initContact(ctx: PageContext): void {
  initField(ctx, { find: findMobileField, words: 'mobile', mark: MOBILE_TARGET });
}

export const feature: PageFeature = { name: 'contact', include: ['contact'], init: initContact };
