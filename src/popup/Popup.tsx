/**
 * The toolbar popup: where am I, and what is next? Top to bottom: the facts,
 * any storage notice, guardian mode and whose checklist this is, the path,
 * the next step with a button that does it, every step with its tick, help,
 * fraud advice, language. State comes from storage (read-only here); every
 * change is an action the background applies.
 */
import { useState } from 'preact/hooks';
import type { ActionReply, PopupAction } from '../core/actions';
import { BACK_IN_MEANS, isDone, isStarted, nextStep, PATH_IDS, PATH_STEPS, stepsLeft, type PathId } from '../core/checklist';
import { languageFromBrowser } from '../core/language';
import { stepText, t, whenText, type MessageKey } from '../core/popup-text';
import { LINKS } from '../core/links';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../core/language';
import { isOneOf } from '../core/record';
import { currentPerson, type ReadResult } from '../core/storage';
import { NewUserNote, StepExtras } from './BackIn';
import { Confirm } from './Confirm';
import { GenuineCheck } from './GenuineCheck';
import { Guardian } from './Guardian';
import { QrCode } from './QrCode';
import { ErrorBoundary } from './ErrorBoundary';
import { StorageNotice } from './StorageNotice';

export interface PopupProps {
  model: ReadResult;
  uiLanguage: string;
  now: number;
  act(action: PopupAction): Promise<ActionReply>;
  openTab(url: string): void;
  /** Opens the printable guide (src/guide) in a tab. */
  openGuide(): void;
  /** The address of the tab the popup was opened over (activeTab), if the browser gave it. */
  activeUrl?: string | undefined;
}

const PATH_LABELS: Record<PathId, MessageKey> = { sms: 'pathSmsShort', app: 'pathAppShort', 'back-in': 'pathBackInShort' };

export function Popup({ model, uiLanguage, now, act, openTab, openGuide, activeUrl }: PopupProps) {
  const { state } = model;
  const lang = state.language ?? languageFromBrowser(uiLanguage);
  const tr = (key: MessageKey, values?: Record<string, string | number>) => t(lang, key, values);
  const person = currentPerson(state);
  const progress = person.progress;
  const next = nextStep(progress);
  const name = person.id === 'me' ? tr('meSelf') : person.nickname;
  // A guardian working on someone else's checklist reads the guardian's words (together with the person; own number).
  const forGuardian = state.guardian && person.id !== 'me';
  const other = progress.otherMethod;
  const [confirmReset, setConfirmReset] = useState(false);

  return (
    <main class="popup" lang={lang}>
      <header>
        <h1>{tr('appName')}</h1>
        <p class="status">{tr('statusLine')}</p>
      </header>
      <ErrorBoundary lang={lang}>
        <StorageNotice model={model} lang={lang} act={act} />
      </ErrorBoundary>

      <ErrorBoundary lang={lang}>
        <GenuineCheck url={activeUrl} lang={lang} />
      </ErrorBoundary>

      <ErrorBoundary lang={lang}>
        <Guardian state={state} lang={lang} act={act} />
      </ErrorBoundary>

      {/* Each part in its own error boundary (ErrorBoundary.tsx); the function builds it inside the boundary. */}
      <ErrorBoundary lang={lang}>{() => (
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{tr('checklistFor', { name })}</h2>
        {other ? null : (
          <fieldset class="paths">
            <legend>{tr('choosePath')}</legend>
            {PATH_IDS.map((path) => (
              <label key={path} class="path">
                <input
                  type="radio"
                  name="path"
                  value={path}
                  checked={progress.path === path}
                  onChange={() => void act({ type: 'switch-path', path })}
                />
                {tr(PATH_LABELS[path])}
              </label>
            ))}
          </fieldset>
        )}
        {forGuardian && progress.path === 'app' && !other ? (
          <p class="notice" role="note">
            {tr('appNotForGuardian')}
          </p>
        ) : null}

        <p class="progress" data-testid="progress" aria-live="polite">
          {other
            ? tr(`usesOther.${other.method}`)
            : isDone(progress)
              ? tr('allDone')
              : isStarted(progress)
                ? tr('stepsLeft', { n: stepsLeft(progress) })
                : tr('notStarted')}
        </p>

        {next ? (
          <NextStep
            step={next}
            lang={lang}
            openSettings={() => {
              // Remembered for a while, so the login pages on the way can say "log in first".
              void act({ type: 'opened-settings' });
              openTab(LINKS.settings);
            }}
          />
        ) : null}

        {progress.lastLook && !progress.lastLook.readable ? (
          <p class="notice" data-testid="cant-tell">
            {tr('cantTell', { when: whenText(lang, progress.lastLook.at, now) })}
          </p>
        ) : null}

        {other ? null : (
          <>
            <p class="help-text" id="steps-help">
              {tr('stepsHelp')}
            </p>
            <ol class="steps" aria-describedby="steps-help">
              {PATH_STEPS[progress.path].map((step) => {
                const mark = progress.marks[step];
                const current = step === next;
                const id = `step-${step}`;
                return (
                  <li key={step} data-step={step} data-done={mark ? 'true' : 'false'} data-by={mark?.by} aria-current={current ? 'step' : undefined}>
                    <input type="checkbox" id={id} checked={Boolean(mark)} onChange={() => void act({ type: 'toggle-step', step })} />
                    <div class="step-body">
                      <label for={id}>
                        {current ? <strong>{tr('nextStep')}: </strong> : null}
                        {stepText(lang, step, forGuardian)}
                        {mark ? (
                          <small class="how">
                            {tr(
                              mark.by === 'user' ? 'tickedByUser' : BACK_IN_MEANS.includes(step) ? 'notNeeded' : 'seenByPage',
                              { when: whenText(lang, mark.at, now) },
                            )}
                          </small>
                        ) : null}
                      </label>
                      <StepExtras step={step} lang={lang} />
                    </div>
                  </li>
                );
              })}
            </ol>
            {progress.path === 'back-in' ? <NewUserNote lang={lang} /> : null}
          </>
        )}

        {isStarted(progress) ? (
          confirmReset ? (
            <Confirm
              question={tr('confirmReset')}
              yes={tr('yesReset')}
              no={tr('cancel')}
              onYes={() => {
                setConfirmReset(false);
                void act({ type: 'reset' });
              }}
              onNo={() => setConfirmReset(false)}
            />
          ) : (
            <button type="button" class="secondary" data-action="reset" onClick={() => setConfirmReset(true)}>
              {tr('reset')}
            </button>
          )
        ) : null}
      </section>
      )}</ErrorBoundary>

      <ErrorBoundary lang={lang}>{() => (
      <section aria-labelledby="help-heading" class="help">
        <h2 id="help-heading">{tr('helpHeading')}</h2>
        <ul>
          <li>
            <a href={LINKS.phone}>{tr('helpPhone')}</a>
          </li>
          <li>
            <a href={LINKS.email}>{tr('helpMail')}</a>
          </li>
          <li>
            <a href={LINKS.helpPages} target="_blank" rel="noopener noreferrer">
              {tr('helpPages')}
            </a>
          </li>
        </ul>
        <h3>{tr('fraudHeading')}</h3>
        <p>{tr('fraud1')}</p>
        <p>{tr('fraud2')}</p>
      </section>
      )}</ErrorBoundary>

      <ErrorBoundary lang={lang}>{() => (
      <footer>
        <label class="language">
          {tr('languageLabel')}{' '}
          <select
            value={state.language ?? ''}
            onChange={(event) => {
              const value = (event.target as HTMLSelectElement).value;
              void act({ type: 'set-language', language: isOneOf(LANGUAGES, value) ? value : null });
            }}
          >
            <option value="">{tr('followBrowser')}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <p>
          <button type="button" class="link" data-action="open-guide" onClick={openGuide}>
            {tr('openGuide')}
          </button>
        </p>
        <p>{tr('independent')}</p>
      </footer>
      )}</ErrorBoundary>
    </main>
  );
}

function NextStep({ step, lang, openSettings }: { step: string; lang: Language; openSettings(): void }) {
  if (step === 'sms-open-settings' || step === 'sms-choose' || step === 'sms-mobile' || step === 'sms-save' || step === 'back-in-sms') {
    return (
      <div class="next">
        <p>
          <button type="button" class="primary" data-action="open-settings" onClick={openSettings}>
            {t(lang, 'openSettings')}
          </button>
        </p>
        {/* The settings address is the least certain fact we have (links.ts): always a way on without it. */}
        <p class="help-text" data-testid="settings-fallback">
          {t(lang, 'settingsFallback')}
        </p>
      </div>
    );
  }
  if (step === 'app-install') {
    return (
      <div class="next stores">
        <h3>{t(lang, 'storesHeading')}</h3>
        <p>{t(lang, 'qrHelp')}</p>
        <div class="store-list">
          {(
            [
              ['Google Play', LINKS.googlePlay],
              ['App Store', LINKS.appStore],
            ] as const
          ).map(([store, url]) => (
            <figure key={store}>
              <QrCode text={url} label={t(lang, 'qrFor', { store })} />
              <figcaption>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {store}
                </a>
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
    );
  }
  return null;
}
