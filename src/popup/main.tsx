// First: browser.ts asks for the state and the tab's address as it runs, so the answers are on their way while the views are evaluated.
import { firstLook, loadPopupModel, openGuide, openTab, sendAction, uiLanguage as browserLanguage, watchPopupModel, type PopupModel } from './browser';
import { render } from 'preact';
import '@digdir/designsystemet-theme/digdir.css';
import './popup.css';
import { languageFromBrowser } from '../core/language';
import { Popup } from './Popup';
import { ErrorBoundary } from './ErrorBoundary';

const mount = document.getElementById('app');
if (mount) {
  const uiLanguage = browserLanguage();
  let activeUrl: string | undefined;
  const draw = (model: PopupModel) => {
    const lang = model.state.language ?? languageFromBrowser(uiLanguage);
    document.documentElement.lang = lang;
    // Should the popup as a whole fail, the person still gets a plain sentence and the help links.
    render(
      <ErrorBoundary lang={lang} help>
        <Popup model={model} uiLanguage={uiLanguage} now={Date.now()} act={sendAction} openTab={openTab} openGuide={openGuide} activeUrl={activeUrl} />
      </ErrorBoundary>,
      mount,
    );
  };
  void firstLook.then(([model, url]) => {
    activeUrl = url;
    draw(model);
    // Following changes costs the browser's bindings a millisecond or two, so it waits until the
    // first drawing is done. One more read then catches a change made in between (drawn only if
    // there was one); a change the watcher reports first is newer than that read can be, so the
    // read is then dropped.
    setTimeout(() => {
      let changed = false;
      watchPopupModel((next) => {
        changed = true;
        draw(next);
      });
      void loadPopupModel().then((next) => {
        if (!changed && JSON.stringify(next) !== JSON.stringify(model)) draw(next);
      });
    }, 0);
  });
}
