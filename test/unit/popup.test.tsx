import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PopupAction } from '../../src/core/actions';
import type { Marks, Progress } from '../../src/core/checklist';
import { LINKS } from '../../src/core/links';
import { defaultState, type ReadResult, type StoredState } from '../../src/core/storage';
import { Popup } from '../../src/popup/Popup';

const NOW = new Date(2026, 10, 25, 12, 0).getTime();
const YESTERDAY = NOW - 24 * 60 * 60 * 1000;

function stateWith(marks: Marks, extra: Partial<StoredState> = {}, progress: Partial<Progress> = {}): StoredState {
  const base = defaultState();
  // Answered "another e-ID" unless a test says otherwise: the route of the letter's SMS path.
  return { ...base, ...extra, people: [{ id: 'me', nickname: '', progress: { path: 'sms', marks, situation: 'other-eid', ...progress } }] };
}

function show(state: StoredState, { uiLanguage = 'nb', problem = null }: { uiLanguage?: string; problem?: ReadResult['problem'] } = {}) {
  const act = vi.fn(async (_action: PopupAction) => ({ ok: true as const }));
  const openTab = vi.fn();
  const openGuide = vi.fn();
  render(
    <Popup
      model={{ state, problem, writable: problem !== 'newer-version' }}
      uiLanguage={uiLanguage}
      now={NOW}
      act={act}
      openTab={openTab}
      openGuide={openGuide}
    />,
  );
  return { act, openTab, openGuide };
}

describe('Popup', () => {
  it('starts from where the person stands: one plain question, four large choices, in Bokmål by default', () => {
    const { act } = show(defaultState());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PIN-fri');
    expect(screen.getByText('PIN-koder har ikke virket siden januar 2023.')).toBeTruthy();
    const question = screen.getByRole('group', { name: 'Hva passer for deg nå?' });
    const choices = [...question.querySelectorAll('button')];
    expect(choices.map((b) => b.getAttribute('data-situation'))).toEqual(['off-pin', 'other-eid', 'locked-out', 'guardian']);
    // No steps before the answer: the popup does not guess which route is the person's.
    expect(document.querySelectorAll('[data-step]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /Jeg kommer ikke inn i det hele tatt/ }));
    expect(act).toHaveBeenLastCalledWith({ type: 'answer', situation: 'locked-out' });
    fireEvent.click(screen.getByRole('button', { name: /Jeg er verge for noen/ }));
    expect(act).toHaveBeenLastCalledWith({ type: 'answer', situation: 'guardian' });
    expect(screen.getByText(/uavhengig av Digdir/)).toBeTruthy();
  });

  it('ticks a page made before the answer are kept but not shown: the first question, and no "remove all ticks" over it', () => {
    const state = stateWith({ 'sms-open-settings': { by: 'page', at: YESTERDAY } }, {}, { situation: undefined });
    show(state);
    expect(document.querySelector('[data-testid=first-question]')).not.toBeNull();
    expect(document.querySelectorAll('[data-step]')).toHaveLength(0);
    expect(document.querySelector('[data-action=reset]')).toBeNull();
  });

  it('another e-ID: the SMS path, not started, with the next step as a button and routes that work under it', () => {
    const { openTab, act } = show(stateWith({}));
    expect(screen.getByTestId('route').textContent).toMatch(/BankID, Buypass eller Commfides/);
    expect(screen.getByTestId('progress').textContent).toBe('Du har ikke begynt ennå.');
    const steps = document.querySelectorAll('[data-step]');
    expect(steps).toHaveLength(5);
    expect(steps[0]?.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/uavhengig av Digdir/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Åpne MinID-innstillinger' }));
    expect(openTab).toHaveBeenCalledWith(LINKS.settings);
    expect(act).toHaveBeenCalledWith({ type: 'opened-settings' });
    // Where the settings are today is not sure: the routes that work without the link are always beside the button,
    // and never "log in at minid.no" (it has no login).
    expect(screen.getByTestId('settings-fallback').textContent).toMatch(/BankID.*800 30 300/);
    expect(screen.getByTestId('settings-fallback').textContent).not.toMatch(/minid\.no/);
    fireEvent.click(screen.getByRole('button', { name: 'Endre svaret' }));
    expect(act).toHaveBeenLastCalledWith({ type: 'answer', situation: null });
  });

  it('opens the settings where PIN-fri last saw the choice', () => {
    const { openTab } = show(stateWith({}, { settingsPlace: 'https://profil.minid.no/innlogging' }));
    fireEvent.click(screen.getByRole('button', { name: 'Åpne MinID-innstillinger' }));
    expect(openTab).toHaveBeenCalledWith('https://profil.minid.no/innlogging');
  });

  it('tells page evidence from the user’s own tick, with when', () => {
    show(stateWith({ 'sms-open-settings': { by: 'page', at: YESTERDAY }, 'sms-choose': { by: 'user', at: NOW } }));
    expect(screen.getByTestId('progress').textContent).toBe('Steg igjen: 3');
    expect(screen.getByText('Sett av PIN-fri på siden, i går')).toBeTruthy();
    expect(screen.getByText('Du krysset av, i dag')).toBeTruthy();
    expect(document.querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('sms-mobile');
  });

  it('lets the user tick and untick a step', () => {
    const { act } = show(stateWith({ 'sms-choose': { by: 'page', at: NOW } }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Legg inn mobilnummeret/ }));
    expect(act).toHaveBeenLastCalledWith({ type: 'toggle-step', step: 'sms-mobile' });
    const choose = screen.getByRole('checkbox', { name: /Velg «Kode på SMS»/ }) as HTMLInputElement;
    expect(choose.checked).toBe(true);
    fireEvent.click(choose);
    expect(act).toHaveBeenLastCalledWith({ type: 'toggle-step', step: 'sms-choose' });
  });

  it('switches to the app path, with store links and a QR code for each store', async () => {
    const { act } = show(stateWith({}));
    fireEvent.click(screen.getByRole('radio', { name: 'MinID-appen' }));
    expect(act).toHaveBeenLastCalledWith({ type: 'switch-path', path: 'app' });
    show(stateWith({}, {}, { path: 'app' }));
    // The QR encoder is loaded when a code is first shown (QrCode.tsx), so the codes come a moment later.
    expect(await screen.findByRole('img', { name: 'QR-kode til Google Play' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'QR-kode til App Store' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'App Store' }).getAttribute('href')).toBe(LINKS.appStore);
  });

  it('asks before clearing the ticks, and the safe answer has focus', () => {
    const { act } = show(stateWith({ 'sms-choose': { by: 'user', at: NOW } }));
    fireEvent.click(screen.getByRole('button', { name: 'Fjern alle kryss' }));
    expect(act).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Avbryt');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByText('Vil du fjerne alle kryss i denne sjekklisten?')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern alle kryss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, fjern kryssene' }));
    expect(act).toHaveBeenCalledWith({ type: 'reset' });
  });

  it('guardian mode explains, lists people by nickname and refuses an ID number', async () => {
    const { act } = show(defaultState());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Jeg hjelper noen som verge' }));
    expect(act).toHaveBeenLastCalledWith({ type: 'set-guardian', on: true });

    const state = stateWith({}, { guardian: true });
    state.people.push({ id: 'p1', nickname: 'Mor', progress: { path: 'back-in', marks: {}, situation: 'guardian' } });
    state.current = 'p1';
    const second = show(state);
    expect(screen.getByText('MinID-appen kan ikke brukes på vegne av andre. Som verge bruker du kode på SMS.')).toBeTruthy();
    expect(screen.getByTestId('route').textContent).toMatch(/ditt eget mobilnummer/);
    expect(screen.getByRole('heading', { name: 'Sjekkliste for Mor' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Mor' }) as HTMLInputElement).checked).toBe(true);

    const field = screen.getByLabelText('Kallenavn');
    fireEvent.input(field, { target: { value: '010190 12345' } });
    fireEvent.submit(field.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Dette ser ut som et fødselsnummer. Skriv et kallenavn i stedet.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(second.act).not.toHaveBeenCalled();

    fireEvent.input(field, { target: { value: 'Far' } });
    fireEvent.submit(field.closest('form')!);
    expect(second.act).toHaveBeenCalledWith({ type: 'add-person', nickname: 'Far' });

    fireEvent.click(screen.getByRole('button', { name: 'Fjern Mor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, fjern' }));
    expect(second.act).toHaveBeenLastCalledWith({ type: 'remove-person', id: 'p1' });
  });

  it('uses the stored language over the browser’s, and lets the user change it', () => {
    const { act } = show(stateWith({}, { language: 'nn' }), { uiLanguage: 'en-US' });
    expect(screen.getByText('PIN-kodar har ikkje verka sidan januar 2023.')).toBeTruthy();
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('nn');
    fireEvent.change(screen.getByRole('combobox', { name: /Språk/ }), { target: { value: 'en' } });
    expect(act).toHaveBeenLastCalledWith({ type: 'set-language', language: 'en' });
    fireEvent.change(screen.getByRole('combobox', { name: /Språk/ }), { target: { value: '' } });
    expect(act).toHaveBeenLastCalledWith({ type: 'set-language', language: null });
  });

  it('says plainly when stored progress had to be reset, or was partly lost', () => {
    show(defaultState(), { uiLanguage: 'en', problem: 'corrupt' });
    expect(screen.getByRole('alert').textContent).toBe('Your saved progress could not be read. We started again.');
    show(defaultState(), { uiLanguage: 'en', problem: 'partly-invalid' });
    expect(screen.getAllByRole('alert')[1]?.textContent).toBe('Some of your saved progress could not be read. The rest is kept.');
  });

  it('tells once about data the background repaired before the popup opened, and clears the note (issue 14)', async () => {
    const state = { ...defaultState(), repaired: 'partly-invalid' as const };
    const act = vi.fn(async (_action: PopupAction) => ({ ok: true as const }));
    const popup = (model: ReadResult) => (
      <Popup model={model} uiLanguage="nb" now={NOW} act={act} openTab={vi.fn()} openGuide={vi.fn()} activeUrl="https://www.vg.no/" />
    );
    const { rerender } = render(popup({ state, problem: null, writable: true }));
    expect(screen.getByTestId('storage-repaired').textContent).toBe('Noe av framdriften kunne ikke leses. Resten er tatt vare på.');
    await vi.waitFor(() => expect(act).toHaveBeenCalledWith({ type: 'repair-noticed' }));
    expect(act).toHaveBeenCalledTimes(1);
    // The background clears the note; the sentence stays while this popup is open, and nothing more is sent.
    rerender(popup({ state: defaultState(), problem: null, writable: true }));
    expect(screen.getByTestId('storage-repaired')).toBeTruthy();
    expect(act).toHaveBeenCalledTimes(1);
    cleanup();
    // The next popup: nothing to tell.
    render(popup({ state: defaultState(), problem: null, writable: true }));
    expect(screen.queryByTestId('storage-repaired')).toBeNull();
  });

  it('data the popup finds broken itself is told, and the background is asked to repair and note it told', async () => {
    const { act } = show(defaultState(), { problem: 'corrupt' });
    expect(screen.getByTestId('storage-repaired').textContent).toBe('Vi kunne ikke lese framdriften som var lagret. Vi startet på nytt.');
    await vi.waitFor(() => expect(act).toHaveBeenCalledWith({ type: 'repair-noticed' }));
  });

  it('touches nothing written by a newer PIN-fri until the user starts over', () => {
    const { act } = show(defaultState(), { problem: 'newer-version' });
    expect(screen.getByRole('alert').textContent).toMatch(/nyere versjon av PIN-fri/);
    // Starting over does not lose that data: the background keeps a copy aside (core/storage.ts).
    expect(screen.getByRole('alert').textContent).toMatch(/tar vi vare på en kopi av den gamle framdriften/);
    fireEvent.click(screen.getByRole('button', { name: 'Start på nytt' }));
    expect(act).toHaveBeenCalledWith({ type: 'start-over' });
  });

  it('says "can’t tell" when the page could not be read last time, and never ticks', () => {
    show(stateWith({}, {}, { lastLook: { at: YESTERDAY, readable: false } }));
    expect(screen.getByTestId('cant-tell').textContent).toBe('Sist (i går) kunne ikke PIN-fri lese siden. Vi vet ikke om noe er endret.');
    expect(document.querySelectorAll('[data-done="true"]')).toHaveLength(0);
  });

  it('says "done" when every step is ticked, and offers help and fraud advice', () => {
    const at = { by: 'page' as const, at: NOW };
    show(stateWith({ 'sms-open-settings': at, 'sms-choose': at, 'sms-mobile': at, 'sms-save': at, 'sms-first-login': at }));
    expect(screen.getByTestId('progress').textContent).toBe('Ferdig! Du bruker ikke PIN-kode lenger.');
    expect(screen.getByRole('link', { name: 'Ring MinID på 800 30 300' }).getAttribute('href')).toBe('tel:+4780030300');
    expect(screen.getByRole('link', { name: 'Hjelp på nett: eid.difi.no' }).getAttribute('href')).toBe('https://eid.difi.no/nb/minid');
    // Genuine SMS codes come from the same number fraudsters fake: said, so the warning does not make people distrust them.
    expect(screen.getByText(/Ekte koder fra MinID kommer på SMS fra 800 30 300/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /brukerstotte@digdir.no/ }).getAttribute('href')).toBe('mailto:brukerstotte@digdir.no');
    expect(screen.getByText(/Digdir ber deg aldri om passord/)).toBeTruthy();
  });

  it('opens the printable guide, in the popup’s language', () => {
    const { openGuide, openTab } = show(defaultState(), { uiLanguage: 'nn' });
    fireEvent.click(screen.getByRole('button', { name: 'Utskriftsvenleg rettleiing' }));
    expect(openGuide).toHaveBeenCalledTimes(1);
    expect(openTab).not.toHaveBeenCalled();
  });
});

describe('Popup: the way back in (PIN codes stopped working)', () => {
  const backIn = (marks: Marks = {}, extra: Partial<StoredState> = {}) => stateWith(marks, extra, { path: 'back-in', situation: 'locked-out' });

  it('offers the app first to a person with a smartphone, and SMS to a person without', () => {
    const { act } = show(stateWith({}, {}, { path: 'back-in-app', situation: 'locked-out' }));
    expect(screen.getByRole('group', { name: 'Har du en smarttelefon?' })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['Ja: bruk MinID-appen', 'Nei: bruk kode på SMS']);
    const steps = Array.from(document.querySelectorAll('[data-step]'));
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual([
      'back-in-call',
      'back-in-letter',
      'back-in-app-start',
      'back-in-app-scan',
      'back-in-app-finish',
    ]);
    expect(steps[2]?.textContent).toContain('«Kom i gang»');
    expect(steps[3]?.textContent).toContain('QR-koden i brevet');
    expect(steps[3]?.querySelector('.source')?.textContent).toBe('Kilde: norge.no og Digdir, 2024');
    fireEvent.click(screen.getByRole('radio', { name: 'Nei: bruk kode på SMS' }));
    expect(act).toHaveBeenLastCalledWith({ type: 'switch-path', path: 'back-in' });
  });

  it('tells what a locked-out person needs to know about the letter, with no promise of how long it is valid', () => {
    show(backIn());
    const facts = screen.getByTestId('letter-facts').textContent ?? '';
    expect(facts).toContain('opp mot 14 dager');
    expect(facts).toContain('bare en kort tid');
    expect(facts).toContain('postadressen');
    expect(facts).toContain('«Glemt passord»');
    // The c/o address is the guardian's tool: not shown to the person themself.
    expect(screen.queryByTestId('letter-guardian')).toBeNull();
  });

  it('shows five steps, each with its source, the official pages as links, and that you are the one who calls', () => {
    const { act } = show(backIn());
    const steps = Array.from(document.querySelectorAll('[data-step]'));
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(['back-in-call', 'back-in-letter', 'back-in-create', 'back-in-sms', 'back-in-login']);
    expect(steps.map((li) => li.querySelector('.source')?.textContent)).toEqual([
      'Kilde: Statsforvalteren, 2022',
      'Kilde: Statsforvalteren, 2022',
      'Kilde: minid.no',
      'Kilde: Statsforvalteren, 2022',
      'Kilde: brevet fra Digdir, 2022',
    ]);
    expect(steps[0]?.textContent).toContain('Ring MinID på 800 30 300. Be dem nullstille MinID-en din.');
    expect(steps[0]?.querySelector('a')?.getAttribute('href')).toBe(LINKS.phone);
    expect(screen.getByTestId('you-call').textContent).toBe('Det er du som ringer. Digdir ber aldri om passord eller koder på telefon.');
    expect(steps[1]?.textContent).toContain('aktiveringsbrevet');
    expect(steps[2]?.querySelector('a')?.getAttribute('href')).toBe(LINKS.register);
    // Each step can be ticked by hand.
    fireEvent.click(screen.getByRole('checkbox', { name: /Vent på aktiveringsbrevet/ }));
    expect(act).toHaveBeenLastCalledWith({ type: 'toggle-step', step: 'back-in-letter' });
  });

  it('keeps the note for people who never had MinID apart from the steps, with the order page', () => {
    show(backIn());
    const note = screen.getByRole('region', { name: 'Har du aldri hatt MinID?' });
    expect(note.closest('ol')).toBeNull();
    expect(note.textContent).toContain('60 dager');
    expect(note.textContent).toContain('det året du fyller 13');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('https://aktiveringsbrev.minid.no/order');
    cleanup();
    // Not on the other routes.
    show(stateWith({}));
    expect(screen.queryByTestId('new-user')).toBeNull();
  });

  it('offers the settings, with what to do if the address does not work, when SMS is next', () => {
    const at = { by: 'user' as const, at: NOW };
    const { openTab } = show(backIn({ 'back-in-call': at, 'back-in-letter': at, 'back-in-create': at }));
    expect(document.querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('back-in-sms');
    fireEvent.click(screen.getByRole('button', { name: 'Åpne MinID-innstillinger' }));
    expect(openTab).toHaveBeenCalledWith(LINKS.settings);
    expect(screen.getByTestId('settings-fallback').textContent).toBe(
      'Du logger inn med BankID, Buypass eller Commfides. Kommer du ikke inn, eller virker ikke lenken? Ring MinID på 800 30 300.',
    );
  });

  it('says a step was not needed when a page showed the person logged in, not that it saw a phone call', () => {
    show(backIn({ 'back-in-call': { by: 'page', at: NOW }, 'back-in-sms': { by: 'page', at: NOW } }));
    expect(document.querySelector('[data-step="back-in-call"] .how')?.textContent).toBe('Trengs ikke. PIN-fri så deg logget inn i dag.');
    expect(document.querySelector('[data-step="back-in-sms"] .how')?.textContent).toBe('Sett av PIN-fri på siden, i dag');
  });

  it('gives a guardian the guardian’s words: together with the person, your own number', () => {
    const state = backIn({}, { guardian: true });
    state.people.push({ id: 'p1', nickname: 'Mor', progress: { path: 'back-in', marks: {}, situation: 'guardian' } });
    state.current = 'p1';
    show(state);
    const text = (step: string) => document.querySelector(`[data-step="${step}"] label`)?.textContent;
    // The guardian's question, SMS only, and the c/o address that makes the letter reach the guardian.
    expect(screen.getAllByRole('radio', { name: /./ }).filter((r) => (r as HTMLInputElement).name === 'path').map((r) => r.closest('label')?.textContent)).toEqual([
      'Nei, vi kommer ikke inn',
      'Personen kan logge inn med BankID eller en annen eID',
    ]);
    expect(screen.getByTestId('letter-guardian').textContent).toContain('Skatteetaten');
    expect(screen.queryByTestId('new-user')).toBeNull();
    expect(text('back-in-call')).toContain('sammen med personen');
    expect(text('back-in-create')).toContain('sammen med personen');
    expect(text('back-in-sms')).toBe('Velg «Kode på SMS». Bruk ditt eget mobilnummer.');
    cleanup();
    // The guardian's own checklist is in their own words.
    show(backIn({}, { guardian: true }));
    expect(document.querySelector('[data-step="back-in-call"] label')?.textContent).not.toContain('sammen med personen');
  });

  it.each([
    ['nn', 'Nei: bruk kode på SMS', 'Kjelde: minid.no'],
    ['en', 'No: use codes by SMS', 'Source: minid.no'],
  ])('speaks %s', (uiLanguage, choice, source) => {
    show(backIn(), { uiLanguage });
    expect((screen.getByRole('radio', { name: choice }) as HTMLInputElement).checked).toBe(true);
    expect(document.querySelector('[data-step="back-in-create"] .source')?.textContent).toBe(source);
  });
});

describe('Popup: a method already fine (docs/PAGES.md, "Login methods")', () => {
  it.each([
    ['totp', 'Du bruker allerede en autentiseringsapp. Du trenger ikke bytte.'],
    ['webauthn', 'Du bruker allerede en sikkerhetsnøkkel. Du trenger ikke bytte.'],
  ] as const)('%s seen saved: says so, and never asks to choose SMS', (method, words) => {
    show(stateWith({}, {}, { otherMethod: { method, at: NOW } }));
    expect(screen.getByTestId('route').textContent).toBe(words);
    expect(screen.queryByRole('button', { name: 'Åpne MinID-innstillinger' })).toBeNull();
    expect(document.querySelectorAll('[data-step]')).toHaveLength(0);
    expect(screen.queryByRole('radio', { name: 'Kode på SMS' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/Velg «Kode på SMS»/);
    // The ticks can still be cleared, which brings the steps back.
    expect(screen.getByRole('button', { name: 'Fjern alle kryss' })).toBeTruthy();
  });

  it('the MinID app seen saved: off PIN, said as such, with nothing to do', () => {
    const at = { by: 'page' as const, at: NOW };
    show(stateWith({ 'app-install': at, 'app-login': at, 'app-first-login': at }, {}, { path: 'app', otherMethod: { method: 'app', at: NOW } }));
    expect(screen.getByTestId('route').textContent).toBe('Du bruker allerede MinID-appen. Du trenger ikke bytte.');
    expect(document.querySelectorAll('[data-step]')).toHaveLength(0);
  });

  it('answered "already off PIN": nothing to change; which method, from the person; a way to check', () => {
    const { act, openTab } = show(stateWith({}, {}, { situation: 'off-pin' }));
    expect(screen.getByTestId('route').textContent).toBe('Da trenger du ikke endre noe.');
    expect(document.querySelectorAll('[data-step]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('radio', { name: 'MinID-appen' }));
    expect(act).toHaveBeenLastCalledWith({ type: 'say-method', method: 'app' });
    fireEvent.click(screen.getByRole('button', { name: 'Åpne MinID-innstillinger' }));
    expect(openTab).toHaveBeenCalledWith(LINKS.settings);
    cleanup();
    show(stateWith({}, {}, { situation: 'off-pin', saidMethod: 'sms' }));
    expect(screen.getByTestId('off-pin-next').textContent).toBe('Når du logger inn med MinID, får du en kode på SMS.');
  });

  it('still says "can’t tell" beside it when the last page could not be read', () => {
    show(stateWith({}, {}, { otherMethod: { method: 'totp', at: YESTERDAY }, lastLook: { at: NOW, readable: false } }));
    expect(screen.getByTestId('cant-tell')).toBeTruthy();
  });
});

describe('Popup: "Er dette den ekte ID-porten?"', () => {
  const showFor = (activeUrl: string | undefined) =>
    render(
      <Popup model={{ state: defaultState(), problem: null, writable: true }} uiLanguage="nb" now={NOW} act={vi.fn()} openTab={vi.fn()} openGuide={vi.fn()} activeUrl={activeUrl} />,
    );

  it('says yes on an official page', () => {
    showFor('https://login.idporten.no/authorize/selector');
    expect(screen.getByText('Ja. Dette er en ekte side for MinID og ID-porten.')).toBeTruthy();
    expect(screen.getByText('Adressen er login.idporten.no.')).toBeTruthy();
  });

  it('warns clearly on a look-alike, with the reasons and what to do', () => {
    showFor('https://brukerprofil.difi.no.login-sikker.com/minprofil/minid/');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Advarsel: Dette er ikke den ekte ID-porten.');
    expect(alert.textContent).toContain('Det ekte navnet står først, men siden hører til et annet sted.');
    expect(alert.textContent).toContain('ring 800 30 300');
  });

  it('stays calm on other pages, and says nothing over the browser\'s own pages', () => {
    showFor('https://www.vg.no/');
    expect(screen.getByText('Denne fanen er ikke en side for MinID eller ID-porten.')).toBeTruthy();
    cleanup();
    showFor('chrome://newtab/');
    expect(document.querySelector('[data-verdict]')).toBeNull();
  });

  it.each([[undefined], ['about:blank'], ['data:text/html,<h1>MinID</h1>'], ['blob:null/4f1c2a9e']])(
    'over %s says plainly that it cannot see where the page comes from, with a next step',
    (url) => {
      showFor(url);
      const section = document.querySelector('[data-verdict="unknown-origin"]');
      expect(section?.textContent).toContain('PIN-fri kan ikke se hvor denne siden kommer fra.');
      expect(section?.textContent).toContain('800 30 300');
    },
  );

  it('a crafted user-info address does not blank the popup: it warns', () => {
    showFor('https://x:%zz@minid-login.example/');
    expect(screen.getByRole('alert').textContent).toContain('Advarsel: Dette er ikke den ekte ID-porten.');
    // The rest of the popup is there: the first question.
    expect(document.querySelector('[data-testid=first-question]')).not.toBeNull();
  });

  it('a blob: page is judged by the origin that made it', () => {
    showFor('blob:https://minid.no.sikker-login.example/6c1f5a2e-3f9b-4c8d-a1e2-7b3c4d5e6f70');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Adressen er minid.no.sikker-login.example.');
    expect(alert.textContent).toContain('Det ekte navnet står først');
  });
});
