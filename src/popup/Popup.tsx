/**
 * The toolbar popup: where am I, and what is next? This first version shows the
 * chosen path's steps with what PIN-fri has seen; ticking, switching path and
 * guardian mode come with the checklist work.
 */
import { PATH_STEPS, nextStep, stepsLeft, isDone, isStarted } from '../core/checklist';
import { languageFromBrowser, stepText, t } from '../core/i18n';
import type { PopupModel } from './model';

interface Props {
  model: PopupModel;
  uiLanguage: string;
}

export function Popup({ model, uiLanguage }: Props) {
  const { state, problem } = model;
  const lang = state.language ?? languageFromBrowser(uiLanguage);
  const progress = state.progress;
  const next = nextStep(progress);
  const pathName = t(lang, progress.path === 'sms' ? 'pathSms' : 'pathApp');
  return (
    <main class="popup" lang={lang}>
      <header>
        <h1>{t(lang, 'appName')}</h1>
        <p class="status">{t(lang, 'statusLine')}</p>
      </header>
      {problem ? (
        <p role="alert" class="notice">
          {t(lang, 'storageReset')}
        </p>
      ) : null}
      <section aria-labelledby="path-heading">
        <h2 id="path-heading">{pathName}</h2>
        <p class="progress" data-testid="progress">
          {isDone(progress)
            ? t(lang, 'allDone')
            : isStarted(progress)
              ? t(lang, 'stepsLeft', { n: stepsLeft(progress) })
              : t(lang, 'notStarted')}
        </p>
        <ol class="steps">
          {PATH_STEPS[progress.path].map((step) => {
            const mark = progress.marks[step];
            const current = step === next;
            return (
              <li key={step} data-step={step} data-done={mark ? 'true' : 'false'} aria-current={current ? 'step' : undefined}>
                <span class="box" aria-hidden="true">
                  {mark ? '✓' : ''}
                </span>
                <span class="text">
                  {current ? <strong>{t(lang, 'nextStep')}: </strong> : null}
                  {stepText(lang, step)}
                  {mark ? (
                    <small class="how">{t(lang, mark.by === 'page' ? 'markedByPage' : 'markedByUser')}</small>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
      <footer>
        <p>{t(lang, 'independent')}</p>
      </footer>
    </main>
  );
}
