import { render } from 'preact';
import browser from 'webextension-polyfill';
import '@digdir/designsystemet-theme/digdir.css';
import './guide.css';
import { guideLanguage, guideText } from '../core/guide-text';
import { stateStore } from '../core/storage';
import { Guide } from './Guide';

const mount = document.getElementById('app');
if (mount) {
  void stateStore(browser.storage).load().then(({ state }) => {
    const stored = state.language;
    const lang = guideLanguage(new URLSearchParams(location.search).get('lang'), stored, browser.i18n.getUILanguage());
    document.documentElement.lang = lang;
    document.title = guideText(lang, 'docTitle');
    render(<Guide lang={lang} print={() => window.print()} />, mount);
  });
}
