import { render } from 'preact';
import browser from 'webextension-polyfill';
import '@digdir/designsystemet-theme/digdir.css';
import './popup.css';
import { Popup } from './Popup';
import { loadPopupModel } from './model';

const mount = document.getElementById('app');
if (mount) {
  const uiLanguage = browser.i18n.getUILanguage();
  void loadPopupModel().then((model) => render(<Popup model={model} uiLanguage={uiLanguage} />, mount));
}
