/**
 * The printable guide: the letter's two paths, one step per block, with a box
 * to tick on paper; what guardians need to know; where to get help; how to
 * spot fraud. Made to be read at large text sizes and printed on A4 (see
 * guide.css). It only shows: main.tsx reads the language choice, nothing is stored.
 */
import { GUIDE_PICTURES, GUIDE_STEPS, guidePicturePath, guideText, type GuideKey } from '../core/guide-text';
import { LINKS } from '../core/links';
import { LANGUAGES, type Language } from '../core/storage';

const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

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
      {keys.map((key) => (
        <li key={key} data-step={key}>
          <span class="box" aria-hidden="true" />
          <p>
            {g(key)}
            {key === 'sms.1' ? (
              <>
                {' '}
                <a href={LINKS.settings}>{new URL(LINKS.settings).host}</a>
              </>
            ) : null}
          </p>
          {picture(key)}
        </li>
      ))}
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

        <section aria-labelledby="guardian-heading">
          <h2 id="guardian-heading">{g('guardianHeading')}</h2>
          <ul class="facts">
            <li>{g('guardianSms')}</li>
            <li>{g('guardianNumber')}</li>
            <li>{g('guardianShared')}</li>
            <li>{g('guardianPower')}</li>
            <li>{g('guardianReset')}</li>
            <li>{g('guardianNoSharing')}</li>
          </ul>
        </section>

        <section aria-labelledby="help-heading">
          <h2 id="help-heading">{g('helpHeading')}</h2>
          <ul class="facts">
            <li>
              <a href={LINKS.phone}>{g('helpPhone')}</a>
            </li>
            <li>
              <a href={LINKS.phone}>{g('helpAbroad')}</a>
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
          </ul>
        </section>
      </main>
      <footer class="guide-footer">
        <p>{g('independent')}</p>
      </footer>
    </>
  );
}
