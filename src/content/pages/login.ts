/**
 * Login pages: when MinID asks for the code from SMS, SMS is switched on.
 * That is the last step of the SMS path, and proof of all the steps before it
 * (checklist.ts, 'sms-code-asked'). The hint says so beside the field. The
 * field is not marked: data-pinfri-target="sms" is for the option to choose.
 * On the chooser and login pages on the way from the popup to MinID settings,
 * the hint says "log in with MinID first" until then.
 */
import { startField } from '../field';
import type { FeatureRun, PageContext, PageFeature } from '../types';

function initLogin(ctx: PageContext): FeatureRun {
  return startField(ctx, {
    field: (page) => page.smsCodeField,
    words: 'sms-active',
    onFound: () => ctx.report('sms-code-asked'),
    // Only on the way from "Åpne MinID-innstillinger" in the popup: a login anywhere
    // else (the tax office, NAV…) is none of our business.
    ...(ctx.guideLogin ? { whenMissing: 'login-first' as const } : {}),
  });
}

export const feature: PageFeature = { name: 'login', include: ['login', 'chooser'], init: initLogin };
