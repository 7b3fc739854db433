import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { financeSession, resetBrowserState, settle, textOf, useLanguage } from '../../../testing/helpers';
import { routes } from '../../app.routes';
import { SessionStore } from '../auth/session';
import { TranslatedTitleStrategy } from '../i18n/title-strategy';
import { SECTIONS } from './sections';

describe('Shell', () => {
  beforeEach(() => {
    resetBrowserState();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
    TestBed.inject(SessionStore).start(financeSession());
  });

  async function open(url: string): Promise<{ harness: RouterTestingHarness; root: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return { harness, root: harness.fixture.nativeElement as HTMLElement };
  }

  const navLabels = (root: HTMLElement) => [...root.querySelectorAll('nav a')].map(textOf);

  it('has a banner, a labelled navigation, a main area and a skip link to it', async () => {
    await useLanguage('fi');
    const { root } = await open('/');
    expect(TestBed.inject(Router).url).toBe('/dashboard');
    expect(root.querySelector('header mat-toolbar')).not.toBeNull();
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Päävalikko');
    expect(root.querySelector('main#main-content')).not.toBeNull();
    const skip = root.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(textOf(skip)).toBe('Siirry pääsisältöön');

    skip?.click();
    expect(document.activeElement?.id).toBe('main-content');
  });

  it('lists every section of the admin in Finnish, marking the current one', async () => {
    await useLanguage('fi');
    const { root } = await open('/runs');
    expect(navLabels(root)).toHaveLength(SECTIONS.length);
    expect(navLabels(root)).toEqual([
      'Yleiskatsaus',
      'Tuoteluettelo',
      'Organisaatio',
      'Aineistojen tuonti',
      'Kustannustiedot',
      'Kohdistusperusteet',
      'Sääntökokoelmat',
      'Laskennat',
      'Skenaariot',
      'Sopimusvuodet',
      'Palvelusopimukset',
      'Raportit',
      'Tarkastusloki',
    ]);
    expect(textOf(root.querySelector('nav a[aria-current="page"]'))).toBe('Laskennat');
    expect(textOf(root.querySelector('main h1'))).toBe('Laskennat');
    expect(TestBed.inject(Title).getTitle()).toBe('Laskennat – Tuotteisto');
  });

  it('switches the whole shell to Swedish without a reload', async () => {
    const i18n = await useLanguage('fi');
    const { harness, root } = await open('/runs');
    await i18n.use('sv');
    await harness.fixture.whenStable();
    expect(navLabels(root)[0]).toBe('Översikt');
    expect(textOf(root.querySelector('main h1'))).toBe('Beräkningar');
    expect(textOf(root.querySelector('main p'))).toContain('håller ännu på att byggas');
    expect(TestBed.inject(Title).getTitle()).toBe('Beräkningar – Tuotteisto');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows who is signed in and with which roles', async () => {
    await useLanguage('en');
    const { root } = await open('/dashboard');
    expect(textOf(root.querySelector('.user-button'))).toContain('Maija Meikäläinen');
    expect(textOf(root.querySelector('#user-summary'))).toBe(
      'Signed in: Maija Meikäläinen (maija). Roles: Finance, Auditor.',
    );
  });

  it('signs out back to the login page', async () => {
    await useLanguage('fi');
    const { harness, root } = await open('/dashboard');
    root.querySelector<HTMLButtonElement>('.user-button')?.click();
    await harness.fixture.whenStable();
    const logout = [...document.querySelectorAll<HTMLButtonElement>('[mat-menu-item]')].find(
      (item) => textOf(item) === 'Kirjaudu ulos',
    );
    expect(logout).toBeDefined();
    logout?.click();
    await settle(harness.fixture);
    expect(TestBed.inject(SessionStore).isAuthenticated()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login?reason=loggedOut');
    expect(textOf(root.querySelector('h1'))).toBe('Kirjaudu sisään');
  });
});
