import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PATH_STEPS } from '../../src/core/checklist';
import { GUIDE_BACK_IN_STEPS, GUIDE_PICTURES, GUIDE_STEPS, GUIDE_TEXT, guideLanguage } from '../../src/core/guide-text';
import { LINKS } from '../../src/core/links';
import { Guide } from '../../src/guide/Guide';

describe('the printable guide', () => {
  it('shows both paths of the letter, one step per block, in order', () => {
    render(<Guide lang="nb" print={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Slik slutter du med PIN-kode i MinID');
    const sms = screen.getByRole('region', { name: 'Kode på SMS' });
    const app = screen.getByRole('region', { name: 'MinID-appen' });
    expect(Array.from(sms.querySelectorAll('[data-step]')).map((li) => li.getAttribute('data-step'))).toEqual([...GUIDE_STEPS.sms]);
    expect(Array.from(app.querySelectorAll('[data-step]')).map((li) => li.getAttribute('data-step'))).toEqual([...GUIDE_STEPS.app]);
    expect(sms.textContent).toContain('Velg «Kode på SMS».');
    expect(app.textContent).toContain('«MinID App»');
    // The first step names the settings page, as a link that also reads on paper.
    const settings = sms.querySelector<HTMLAnchorElement>('[data-step="sms.1"] a');
    expect(settings?.getAttribute('href')).toBe(LINKS.settings);
    expect(settings?.textContent).toBe('brukerprofil.difi.no/minprofil/minid/');
    // Logged in to with another e-ID: the letter's "Velg innloggingsmetode og logg inn".
    expect(sms.textContent).toContain('BankID, Buypass eller Commfides');
  });

  it('starts from where the reader stands: the popup’s question on paper, each answer pointing to its part', () => {
    render(<Guide lang="nb" print={() => undefined} />);
    const where = screen.getByRole('region', { name: 'Hva passer for deg?' });
    expect(Array.from(where.querySelectorAll('[data-situation]')).map((li) => li.getAttribute('data-situation'))).toEqual([
      'off-pin',
      'other-eid',
      'locked-out',
      'guardian',
    ]);
    expect(where.textContent).toContain('«Kom inn igjen»');
    expect(screen.getByRole('region', { name: 'Kom inn igjen' })).toBeTruthy();
  });

  it.each(['nb', 'nn', 'en'] as const)('has the way back in as its own section with boxes, sources and official pages (%s)', (lang) => {
    const text = GUIDE_TEXT[lang];
    render(<Guide lang={lang} print={() => undefined} />);
    const back = screen.getByRole('region', { name: text.backHeading });
    const steps = Array.from(back.querySelectorAll('[data-step]'));
    // Call and wait for the letter, then the app first (with a smartphone), then SMS.
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(['back.1', 'back.2', 'backApp.1', 'backApp.2', 'backApp.3', 'back.3', 'back.4', 'back.5']);
    for (const li of steps) expect(li.querySelector('.box')).not.toBeNull();
    expect(steps.map((li) => li.querySelector('.source')?.textContent)).toEqual([
      text['source.statsforvalteren-2022'],
      text['source.statsforvalteren-2022'],
      text['source.norge-no'],
      text['source.norge-no'],
      text['source.norge-no'],
      text['source.minid-no'],
      text['source.statsforvalteren-2022'],
      text['source.letter-2022'],
    ]);
    expect(steps[0]?.textContent).toContain('800 30 300');
    expect(back.querySelector('[data-testid="you-call"]')?.textContent).toBe(text.youCall);
    const register = steps[5]?.querySelector('a');
    expect([register?.getAttribute('href'), register?.textContent]).toEqual([LINKS.register, 'registrer.minid.no']);
    // The guardian's variant: together with the person, their own number.
    expect(back.querySelector('.guardian-note')?.textContent).toBe(text.backGuardian);
    // What a locked-out reader needs about the letter: its time in the post, its short life, where it goes, the c/o address.
    const letter = screen.getByRole('region', { name: text.letterHeading });
    for (const key of ['letterPost', 'letterValid', 'letterAddress', 'letterGuardian', 'letterAgain', 'forgotPassword'] as const) {
      expect(letter.textContent).toContain(text[key]);
    }

    // Never had MinID: a separate section, with the order page.
    const newUser = screen.getByRole('region', { name: text.newUserHeading });
    expect(newUser.querySelector('[data-step]')).toBeNull();
    const order = newUser.querySelector('a');
    expect([order?.getAttribute('href'), order?.textContent]).toEqual([LINKS.orderLetter, 'aktiveringsbrev.minid.no/order']);
    expect(newUser.textContent).toContain(text.newUserAgain);

    // The first SMS step says what to do when the settings address does not work.
    const sms1 = document.querySelector('[data-step="sms.1"]');
    expect(sms1?.querySelector('[data-testid="settings-fallback"]')?.textContent).toBe(text.smsFallback);
    expect(text.smsFallback).toMatch(/800 30 300/);
    expect(text.smsFallback).not.toMatch(/minid\.no/);
  });

  it('follows the popup’s steps of both ways back in, one to one', () => {
    for (const path of ['back-in', 'back-in-app'] as const) {
      expect(GUIDE_STEPS[path].map((key) => GUIDE_BACK_IN_STEPS[key])).toEqual([...PATH_STEPS[path]]);
    }
  });

  it('gives guardians their notes, help by phone and e-mail, fraud advice, and says it is independent', () => {
    render(<Guide lang="nb" print={() => undefined} />);
    expect(screen.getByRole('region', { name: 'For deg som er verge' }).textContent).toMatch(/ditt eget mobilnummer/);
    const phones = screen.getAllByRole('link', { name: /800 30 300/ });
    expect(phones.map((a) => a.getAttribute('href'))).toEqual(['tel:+4780030300']);
    // No claim without a source: nothing about calling from abroad, nor one number for several people.
    expect(document.body.textContent).not.toMatch(/utlandet|samme mobilnummer for flere/);
    expect(screen.getByRole('link', { name: /brukerstotte@digdir.no/ }).getAttribute('href')).toBe('mailto:brukerstotte@digdir.no');
    expect(screen.getByRole('region', { name: 'Pass på svindel' }).textContent).toMatch(/aldri om passord/);
    expect(screen.getByText('PIN-fri er laget uavhengig av Digdir.')).toBeTruthy();
    // Never dressed as Digdir: no logo, no drawing; the only pictures are our own, of the steps.
    expect(document.querySelector('svg')).toBeNull();
    for (const img of Array.from(document.querySelectorAll('img'))) expect(img.closest('figure.picture')).not.toBeNull();
  });

  it.each(['nb', 'nn', 'en'] as const)('shows a picture of the page in the steps that have one, in %s, with words for it', (lang) => {
    render(<Guide lang={lang} print={() => undefined} />);
    const figures = Array.from(document.querySelectorAll('figure.picture'));
    expect(figures.map((f) => [f.closest('[data-step]')?.getAttribute('data-step'), f.getAttribute('data-picture')])).toEqual(
      GUIDE_PICTURES.map((p) => [p.step, p.name]),
    );
    for (const [i, figure] of figures.entries()) {
      const picture = GUIDE_PICTURES[i]!;
      const img = figure.querySelector('img')!;
      expect(img.getAttribute('src')).toBe(`/pictures/${picture.name}-${lang}.png`);
      // A screen reader hears what the picture shows; the caption says it is our copy, not the real page.
      expect(img.getAttribute('alt')).toBe(GUIDE_TEXT[lang][`pic.${picture.name}`]);
      expect(figure.querySelector('figcaption')?.textContent).toBe(GUIDE_TEXT[lang].picNote);
    }
  });

  it('prints with the button', () => {
    const print = vi.fn();
    render(<Guide lang="en" print={print} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('links to itself in the other languages, marking the current one', () => {
    render(<Guide lang="nn" print={() => undefined} />);
    const nav = screen.getByRole('navigation', { name: 'Språk' });
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('lang')])).toEqual([
      ['?lang=nb', 'nb'],
      ['?lang=nn', 'nn'],
      ['?lang=en', 'en'],
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).toEqual(['Nynorsk']);
  });

  it('every help text that shows a number dials that number', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const key of ['helpPhone'] as const) {
        const digits = GUIDE_TEXT[lang][key].replace(/\D/g, '').replace(/^47/, '');
        expect(LINKS.phone.replace(/\D/g, '')).toBe(`47${digits}`);
      }
    }
  });
});

describe('guideLanguage', () => {
  it.each([
    ['en', 'nb', 'nb', 'en'],
    ['xx', 'nn', 'nb', 'nn'],
    [null, 'nn', 'en', 'nn'],
    [null, null, 'en-GB', 'en'],
    [null, null, 'de', 'nb'],
  ] as const)('?lang=%s, stored %s, browser %s → %s', (query, stored, ui, want) => {
    expect(guideLanguage(query, stored, ui)).toBe(want);
  });
});
