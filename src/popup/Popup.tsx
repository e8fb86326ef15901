/**
 * The toolbar popup: where am I, and what is next? Top to bottom: the facts,
 * any storage notice, guardian mode and whose checklist this is, then the
 * route: first one plain question about where the person stands, then that
 * route (off PIN: nothing to change; another e-ID: the settings; locked out:
 * the way back in; guardian: SMS with the guardian's own number), the next
 * step with a button that does it, every step with its tick; help, fraud
 * advice, language. State comes from storage (read-only here); every change
 * is an action the background applies.
 */
import { useState } from 'preact/hooks';
import { isGuardianRoute, type ActionReply, type PopupAction } from '../core/actions';
import {
  BACK_IN_MEANS,
  isDone,
  nextStep,
  PATH_STEPS,
  ROUTE_PATHS,
  routeOf,
  SAID_METHODS,
  SITUATIONS,
  stepsLeft,
  type PathId,
  type Progress,
  type Situation,
} from '../core/checklist';
import { languageFromBrowser } from '../core/language';
import { stepText, t, whenText, type MessageKey } from '../core/popup-text';
import { LINKS, settingsAddress } from '../core/links';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../core/language';
import { isOneOf } from '../core/record';
import { currentPerson, type ReadResult } from '../core/storage';
import { LetterFacts, NewUserNote, StepExtras } from './BackIn';
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

/** Each route's question about its paths, and the words for each path it offers. */
const PATH_QUESTION: Partial<Record<Situation, MessageKey>> = {
  'other-eid': 'pathQuestion.other-eid',
  'locked-out': 'pathQuestion.locked-out',
  guardian: 'pathQuestion.guardian',
};
const PATH_LABELS: Readonly<Record<Situation, Partial<Record<PathId, MessageKey>>>> = {
  'off-pin': {},
  'other-eid': { sms: 'pathSmsShort', app: 'pathAppShort' },
  'locked-out': { 'back-in-app': 'pathLabel.locked-out.back-in-app', 'back-in': 'pathLabel.locked-out.back-in' },
  guardian: { 'back-in': 'pathLabel.guardian.back-in', sms: 'pathLabel.guardian.sms' },
};
/** A path kept from an older PIN-fri that the route does not offer: still shown, so nothing is lost. */
const ANY_PATH_LABEL: Readonly<Record<PathId, MessageKey>> = {
  sms: 'pathSmsShort',
  app: 'pathAppShort',
  'back-in': 'pathLabel.locked-out.back-in',
  'back-in-app': 'pathLabel.locked-out.back-in-app',
};

export function Popup({ model, uiLanguage, now, act, openTab, openGuide, activeUrl }: PopupProps) {
  const { state } = model;
  const lang = state.language ?? languageFromBrowser(uiLanguage);
  const tr = (key: MessageKey, values?: Record<string, string | number>) => t(lang, key, values);
  const person = currentPerson(state);
  const progress = person.progress;
  const next = nextStep(progress);
  const name = person.id === 'me' ? tr('meSelf') : person.nickname;
  // The guardian's words (together with the person; own number): answered "guardian", or someone the guardian helps.
  const forGuardian = isGuardianRoute(state);
  const route = routeOf(progress);
  const [confirmReset, setConfirmReset] = useState(false);
  const openSettings = () => {
    // Remembered for a while, so the login pages on the way can say "log in first".
    void act({ type: 'opened-settings' });
    openTab(settingsAddress(state.settingsPlace));
  };

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
        {route === null ? (
          <FirstQuestion lang={lang} act={act} />
        ) : (
          <>
            <div class="route" data-route={route}>
              <p data-testid="route">{tr(progress.otherMethod ? `usesOther.${progress.otherMethod.method}` : `route.${route}`)}</p>
              {progress.situation ? (
                <button type="button" class="link" data-action="change-answer" onClick={() => void act({ type: 'answer', situation: null })}>
                  {tr('changeAnswer')}
                </button>
              ) : null}
            </div>
            {route === 'off-pin' ? (
              <OffPin progress={progress} lang={lang} act={act} openSettings={openSettings} />
            ) : (
              <RouteSteps
                route={route}
                progress={progress}
                next={next}
                lang={lang}
                now={now}
                forGuardian={forGuardian}
                act={act}
                openSettings={openSettings}
              />
            )}
          </>
        )}

        {progress.lastLook && !progress.lastLook.readable ? (
          <p class="notice" data-testid="cant-tell">
            {tr('cantTell', { when: whenText(lang, progress.lastLook.at, now) })}
          </p>
        ) : null}

        {/* Ticks a page made before the person answered are kept, but not shown: no "remove all ticks" over the first question. */}
        {route !== null && (Object.keys(progress.marks).length > 0 || progress.otherMethod) ? (
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
        <p>{tr('fraudSms')}</p>
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

/** "Åpne MinID-innstillinger", and under it the routes that work without the link. */
function OpenSettings({ lang, openSettings }: { lang: Language; openSettings(): void }) {
  return (
    <div class="next">
      <p>
        <button type="button" class="primary" data-action="open-settings" onClick={openSettings}>
          {t(lang, 'openSettings')}
        </button>
      </p>
      {/* Where the settings live today is not known for sure (links.ts): always a way on without the link. */}
      <p class="help-text" data-testid="settings-fallback">
        {t(lang, 'settingsFallback')}
      </p>
    </div>
  );
}

function NextStep({ step, lang, openSettings }: { step: string; lang: Language; openSettings(): void }) {
  if (step === 'sms-open-settings' || step === 'sms-choose' || step === 'sms-mobile' || step === 'sms-save' || step === 'back-in-sms') {
    return <OpenSettings lang={lang} openSettings={openSettings} />;
  }
  if (step === 'app-install' || step === 'back-in-app-start') {
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

/** The first screen: one plain question, a few large choices. */
function FirstQuestion({ lang, act }: { lang: Language; act(action: PopupAction): Promise<ActionReply> }) {
  return (
    <fieldset class="question" data-testid="first-question">
      <legend>{t(lang, 'question')}</legend>
      <p class="help-text">{t(lang, 'questionHelp')}</p>
      {SITUATIONS.map((situation) => (
        <button
          key={situation}
          type="button"
          class="choice"
          data-situation={situation}
          onClick={() => void act({ type: 'answer', situation })}
        >
          {/* Both lines are the button's name, so a screen reader hears the choice and what it means once. */}
          <span class="choice-label">{t(lang, `situation.${situation}`)}</span>
          <span class="choice-help">{t(lang, `situationHelp.${situation}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}

interface OffPinProps {
  progress: Progress;
  lang: Language;
  act(action: PopupAction): Promise<ActionReply>;
  openSettings(): void;
}

interface RadioChoicesProps<T extends string> {
  legend: string;
  name: string;
  choices: readonly T[];
  chosen: T | undefined;
  label(choice: T): string;
  onChoose(choice: T): void;
}

/** One question with its answers as radio buttons, each a large label (the paths of a route, the method a person says they use). */
function RadioChoices<T extends string>({ legend, name, choices, chosen, label, onChoose }: RadioChoicesProps<T>) {
  return (
    <fieldset class="paths">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} class="path">
          <input type="radio" name={name} value={choice} checked={chosen === choice} onChange={() => onChoose(choice)} />
          {label(choice)}
        </label>
      ))}
    </fieldset>
  );
}

/** Off PIN: nothing to change. Which method, from the pages when they showed it, else from the person. */
function OffPin({ progress, lang, act, openSettings }: OffPinProps) {
  if (progress.otherMethod) return null;
  const said = progress.saidMethod;
  return (
    <div class="off-pin" data-testid="off-pin">
      <RadioChoices
        legend={t(lang, 'saidQuestion')}
        name="said-method"
        choices={SAID_METHODS}
        chosen={said}
        label={(method) => t(lang, `said.${method}`)}
        onChoose={(method) => void act({ type: 'say-method', method })}
      />
      {said ? <p data-testid="off-pin-next">{t(lang, `offPin.${said}`)}</p> : null}
      <p class="help-text">{t(lang, 'offPinCheck')}</p>
      <OpenSettings lang={lang} openSettings={openSettings} />
    </div>
  );
}

interface RouteStepsProps {
  route: Exclude<Situation, 'off-pin'>;
  progress: Progress;
  next: ReturnType<typeof nextStep>;
  lang: Language;
  now: number;
  forGuardian: boolean;
  act(action: PopupAction): Promise<ActionReply>;
  openSettings(): void;
}

/** A route with steps: its paths to choose between, the next step, every step with its tick, and what the way back in needs. */
function RouteSteps({ route, progress, next, lang, now, forGuardian, act, openSettings }: RouteStepsProps) {
  const tr = (key: MessageKey, values?: Record<string, string | number>) => t(lang, key, values);
  const offered = ROUTE_PATHS[route];
  const paths = offered.includes(progress.path) ? offered : [...offered, progress.path];
  const question = PATH_QUESTION[route];
  const backIn = progress.path === 'back-in' || progress.path === 'back-in-app';
  return (
    <>
      {paths.length > 1 && question ? (
        <RadioChoices
          legend={tr(question)}
          name="path"
          choices={paths}
          chosen={progress.path}
          label={(path) => tr(PATH_LABELS[route][path] ?? ANY_PATH_LABEL[path])}
          onChoose={(path) => void act({ type: 'switch-path', path })}
        />
      ) : null}

      <p class="progress" data-testid="progress" aria-live="polite">
        {isDone(progress) ? tr('allDone') : Object.keys(progress.marks).length > 0 ? tr('stepsLeft', { n: stepsLeft(progress) }) : tr('notStarted')}
      </p>

      {next ? <NextStep step={next} lang={lang} openSettings={openSettings} /> : null}

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
                      {tr(mark.by === 'user' ? 'tickedByUser' : BACK_IN_MEANS.includes(step) ? 'notNeeded' : 'seenByPage', {
                        when: whenText(lang, mark.at, now),
                      })}
                    </small>
                  ) : null}
                </label>
                <StepExtras step={step} lang={lang} />
              </div>
            </li>
          );
        })}
      </ol>
      {backIn ? <LetterFacts lang={lang} guardian={forGuardian} /> : null}
      {backIn && !forGuardian ? <NewUserNote lang={lang} /> : null}
    </>
  );
}
