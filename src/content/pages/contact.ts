/**
 * The contact page: the SMS code goes to the mobile number registered here,
 * so we point at that field and ask the person to check it. Visiting this
 * page proves nothing about the checklist, so nothing is reported. The
 * number itself is never read.
 */
import { startField } from '../field';
import type { FeatureRun, PageContext, PageFeature } from '../types';

const MOBILE_TARGET = 'mobile';

function initContact(ctx: PageContext): FeatureRun {
  return startField(ctx, { field: (page) => page.mobileField, words: 'mobile', mark: MOBILE_TARGET });
}

export const feature: PageFeature = { name: 'contact', include: ['contact'], init: initContact };
