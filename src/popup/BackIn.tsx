/**
 * The popup's parts of the way back in, for people whose PIN codes stopped
 * working and who cannot log in: under each step where it comes from and the
 * official page it needs; what to know about the activation letter; and,
 * apart from the steps, what someone who never had MinID does instead
 * (docs/PAGES.md, "Locked out", "Guardians", "Facts").
 */
import { STEP_SOURCES, type StepId } from '../core/checklist';
import { t, type MessageKey } from '../core/popup-text';
import { LINKS } from '../core/links';
import type { Language } from '../core/language';

/** The official page a step needs, if any, and the words for its link. */
function stepLink(step: StepId, lang: Language): { href: string; text: string; external: boolean } | null {
  if (step === 'back-in-call') return { href: LINKS.phone, text: t(lang, 'helpPhone'), external: false };
  if (step === 'back-in-create') return { href: LINKS.register, text: new URL(LINKS.register).host, external: true };
  return null;
}

/** Below a step: its source in short words, its link, and for the call, that the person is the one who calls. */
export function StepExtras({ step, lang }: { step: StepId; lang: Language }) {
  const source = STEP_SOURCES[step];
  if (!source) return null;
  const link = stepLink(step, lang);
  return (
    <div class="step-extras">
      {link ? (
        <p>
          <a href={link.href} {...(link.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {link.text}
          </a>
        </p>
      ) : null}
      {step === 'back-in-call' ? <p data-testid="you-call">{t(lang, 'youCall')}</p> : null}
      <p class="source">{t(lang, `source.${source}` as MessageKey)}</p>
    </div>
  );
}

/** Not a step of the way back in: a new user orders an activation letter, which a reset does not need. */
export function NewUserNote({ lang }: { lang: Language }) {
  return (
    <section class="new-user" aria-labelledby="new-user-heading" data-testid="new-user">
      <h3 id="new-user-heading">{t(lang, 'newUserHeading')}</h3>
      <p>{t(lang, 'newUserOrder')}</p>
      <p>{t(lang, 'newUserAge')}</p>
      <p>{t(lang, 'newUserAgain')}</p>
      <p>
        <a href={LINKS.orderLetter} target="_blank" rel="noopener noreferrer">
          {t(lang, 'newUserLink')}
        </a>
      </p>
      <p class="source">{t(lang, 'source.minid-no')}</p>
    </section>
  );
}

/**
 * What a locked-out person or a guardian needs to know about the letter: how
 * long it takes, that it is valid only a short time (Digdir's pages disagree
 * on how long, so no number), where it goes, and what to do when it fails.
 */
export function LetterFacts({ lang, guardian }: { lang: Language; guardian: boolean }) {
  return (
    <section class="letter-facts" aria-labelledby="letter-heading" data-testid="letter-facts">
      <h3 id="letter-heading">{t(lang, 'letterHeading')}</h3>
      <ul>
        <li>{t(lang, 'letterPost')}</li>
        <li>{t(lang, 'letterValid')}</li>
        <li>{t(lang, 'letterAddress')}</li>
        {guardian ? <li data-testid="letter-guardian">{t(lang, 'letterGuardian')}</li> : null}
        <li>{t(lang, 'letterAgain')}</li>
        <li>{t(lang, 'forgotPassword')}</li>
      </ul>
    </section>
  );
}
