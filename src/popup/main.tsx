import { render } from 'preact';
import browser from 'webextension-polyfill';
import '@digdir/designsystemet-theme/digdir.css';
import './popup.css';
import { languageFromBrowser } from '../core/i18n';
import { Popup } from './Popup';
import { Section } from './Section';
import { activeTabUrl, loadPopupModel, openGuide, openTab, sendAction, watchPopupModel, type PopupModel } from './model';

const mount = document.getElementById('app');
if (mount) {
  const uiLanguage = browser.i18n.getUILanguage();
  let activeUrl: string | undefined;
  const draw = (model: PopupModel) => {
    const lang = model.state.language ?? languageFromBrowser(uiLanguage);
    document.documentElement.lang = lang;
    // Should the popup as a whole fail, the person still gets a plain sentence and the help links.
    render(
      <Section lang={lang} help>
        <Popup model={model} uiLanguage={uiLanguage} now={Date.now()} act={sendAction} openTab={openTab} openGuide={openGuide} activeUrl={activeUrl} />
      </Section>,
      mount,
    );
  };
  void Promise.all([loadPopupModel(), activeTabUrl()]).then(([model, url]) => {
    activeUrl = url;
    draw(model);
    watchPopupModel(draw);
  });
}
