/**
 * The printable guide: where do you stand (the popup's first question, on
 * paper), the letter's two paths and the way back in for people whose PIN
 * codes stopped working (with the app first, then SMS), one step per block,
 * with a box to tick on paper; the activation letter; what guardians need to
 * know; where to get help; how to spot fraud. Made to be read at large text sizes and printed on A4 (see
 * guide.css). It only shows: main.tsx reads the language choice, nothing is stored.
 */
import { SITUATIONS } from '../core/checklist';
import { GUIDE_PICTURES, GUIDE_STEPS, guidePicturePath, guideSource, guideText, type GuideKey } from '../core/guide-text';
import { LINKS } from '../core/links';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../core/language';

/** An address as it reads on paper: host and path, no scheme. */
const onPaper = (url: string) => {
  const { host, pathname } = new URL(url);
  return pathname === '/' ? host : `${host}${pathname}`;
};

/** The official page a step names, printed as its address so it reads on paper too. */
const STEP_ADDRESS: Partial<Record<GuideKey, string>> = { 'sms.1': LINKS.settings, 'back.3': LINKS.register };

/** The steps both ways back in share (call, then wait for the letter), printed once before the two ways part. */
const BACK_IN_FIRST: readonly GuideKey[] = GUIDE_STEPS['back-in'].filter((key) => (GUIDE_STEPS['back-in-app'] as readonly GuideKey[]).includes(key));

export interface GuideProps {
  lang: Language;
  print(): void;
}

export function Guide({ lang, print }: GuideProps) {
  const g = (key: GuideKey) => guideText(lang, key);
  const picture = (key: GuideKey) => {
    const found = GUIDE_PICTURES.find((p) => p.step === key);
    if (!found) return null;
    return (
      <figure class="picture" data-picture={found.name}>
        <img src={`/${guidePicturePath(found.name, lang)}`} alt={g(`pic.${found.name}`)} />
        <figcaption>{g('picNote')}</figcaption>
      </figure>
    );
  };
  const steps = (keys: readonly GuideKey[]) => (
    <ol class="steps">
      {keys.map((key) => {
        const address = STEP_ADDRESS[key];
        const source = guideSource(lang, key);
        return (
          <li key={key} data-step={key}>
            <span class="box" aria-hidden="true" />
            <p>
              {g(key)}
              {address ? (
                <>
                  {' '}
                  <a href={address}>{onPaper(address)}</a>
                </>
              ) : null}
            </p>
            {/* The settings address is the least certain fact we have (links.ts): the way on without it. */}
            {key === 'sms.1' ? <p data-testid="settings-fallback">{g('smsFallback')}</p> : null}
            {key === 'back.1' ? <p data-testid="you-call">{g('youCall')}</p> : null}
            {source ? <p class="source">{source}</p> : null}
            {picture(key)}
          </li>
        );
      })}
    </ol>
  );

  return (
    <>
      <nav class="languages no-print" aria-label={g('languageNav')}>
        <ul>
          {LANGUAGES.map((code) => (
            <li key={code}>
              <a href={`?lang=${code}`} lang={code} hreflang={code} aria-current={code === lang ? 'page' : undefined}>
                {LANGUAGE_NAMES[code]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="guide">
        <header>
          <p class="brand">PIN-fri</p>
          <h1>{g('title')}</h1>
          <p class="lead">{g('lead')}</p>
          <p class="no-print">
            <button type="button" class="primary" data-action="print" onClick={print}>
              {g('print')}
            </button>
          </p>
          <p class="tick-help">{g('tickHelp')}</p>
        </header>

        <section aria-labelledby="where-heading" class="where" data-testid="where">
          <h2 id="where-heading">{g('whereHeading')}</h2>
          <ul class="facts">
            {SITUATIONS.map((situation) => (
              <li key={situation} data-situation={situation}>
                {g(`where.${situation}`)}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="sms-heading" class="path">
          <h2 id="sms-heading">{g('smsHeading')}</h2>
          <p>{g('smsNeed')}</p>
          {steps(GUIDE_STEPS.sms)}
        </section>

        <section aria-labelledby="app-heading" class="path">
          <h2 id="app-heading">{g('appHeading')}</h2>
          <p>{g('appNeed')}</p>
          {steps(GUIDE_STEPS.app)}
        </section>

        <section aria-labelledby="back-in-heading" class="path">
          <h2 id="back-in-heading">{g('backHeading')}</h2>
          <p>{g('backNeed')}</p>
          {steps(BACK_IN_FIRST)}
          <h3>{g('backAppHeading')}</h3>
          {steps(GUIDE_STEPS['back-in-app'].filter((key) => !BACK_IN_FIRST.includes(key)))}
          <h3>{g('backSmsHeading')}</h3>
          {steps(GUIDE_STEPS['back-in'].filter((key) => !BACK_IN_FIRST.includes(key)))}
          <p class="guardian-note">{g('backGuardian')}</p>
        </section>

        <section aria-labelledby="letter-heading" class="letter" data-testid="letter-facts">
          <h2 id="letter-heading">{g('letterHeading')}</h2>
          <ul class="facts">
            <li>{g('letterPost')}</li>
            <li>{g('letterValid')}</li>
            <li>{g('letterAddress')}</li>
            <li>{g('letterGuardian')}</li>
            <li>{g('letterAgain')}</li>
            <li>{g('forgotPassword')}</li>
          </ul>
        </section>

        <section aria-labelledby="new-user-heading" class="new-user">
          <h2 id="new-user-heading">{g('newUserHeading')}</h2>
          <ul class="facts">
            <li>
              {g('newUserOrder')} <a href={LINKS.orderLetter}>{onPaper(LINKS.orderLetter)}</a>
            </li>
            <li>{g('newUserAge')}</li>
            <li>{g('newUserAgain')}</li>
          </ul>
          <p class="source">{g('source.minid-no')}</p>
        </section>

        <section aria-labelledby="guardian-heading">
          <h2 id="guardian-heading">{g('guardianHeading')}</h2>
          <ul class="facts">
            <li>{g('guardianApp')}</li>
            <li>{g('guardianNumber')}</li>
            <li>{g('guardianPower')}</li>
            <li>{g('guardianReset')}</li>
            <li>{g('guardianNoSharing')}</li>
          </ul>
        </section>

        <section aria-labelledby="help-heading">
          <h2 id="help-heading">{g('helpHeading')}</h2>
          <ul class="facts help-links">
            <li>
              <a href={LINKS.phone}>{g('helpPhone')}</a>
            </li>
            <li>
              <a href={LINKS.email}>{g('helpMail')}</a>
            </li>
            <li>
              <a href={LINKS.helpPages}>{g('helpPages')}</a>
            </li>
          </ul>
        </section>

        <section aria-labelledby="fraud-heading">
          <h2 id="fraud-heading">{g('fraudHeading')}</h2>
          <ul class="facts">
            <li>{g('fraud1')}</li>
            <li>{g('fraud2')}</li>
            <li>{g('fraud3')}</li>
            <li>{g('fraudSms')}</li>
          </ul>
        </section>
      </main>
      <footer class="guide-footer">
        <p>{g('independent')}</p>
      </footer>
    </>
  );
}
