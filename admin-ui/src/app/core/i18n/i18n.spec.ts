import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { resetBrowserState, textOf, useLanguage } from '../../../testing/helpers';
import en from '../../../locale/en.json';
import fi from '../../../locale/fi.json';
import sv from '../../../locale/sv.json';
import { I18n } from './i18n';
import { TranslatePipe } from './pipes';
import { flatten } from './translation';

describe('I18n', () => {
  beforeEach(resetBrowserState);

  it('starts in Finnish when no language has been chosen', async () => {
    const i18n = TestBed.inject(I18n);
    await i18n.init();
    expect(i18n.language()).toBe('fi');
    expect(i18n.t('login.title')).toBe('Kirjaudu sisään');
    expect(document.documentElement.lang).toBe('fi');
  });

  it('switches language, sets the page lang and remembers the choice', async () => {
    const i18n = await useLanguage('fi');
    await i18n.use('sv');
    expect(i18n.t('login.title')).toBe('Logga in');
    expect(i18n.localeId()).toBe('sv-FI');
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem('tuotteisto.language')).toBe('sv');

    await i18n.use('en');
    expect(i18n.t('nav.auditLog')).toBe('Audit log');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the language chosen last time', async () => {
    localStorage.setItem('tuotteisto.language', 'sv');
    const i18n = TestBed.inject(I18n);
    await i18n.init();
    expect(i18n.t('shell.logout')).toBe('Logga ut');
  });

  it('ignores a stored value that is not one of our languages', async () => {
    localStorage.setItem('tuotteisto.language', 'de');
    const i18n = TestBed.inject(I18n);
    await i18n.init();
    expect(i18n.language()).toBe('fi');
  });

  it('lets the last choice win when two switches overlap', async () => {
    const i18n = TestBed.inject(I18n);
    await Promise.all([i18n.use('sv'), i18n.use('en')]);
    expect(i18n.language()).toBe('en');
    expect(i18n.t('shell.logout')).toBe('Sign out');
  });

  it('fills in placeholders', async () => {
    const i18n = await useLanguage('fi');
    expect(i18n.t('errors.correlationId', { id: 'abc-123' })).toBe('Virheen tunniste: abc-123');
    expect(i18n.t('shell.signedInAs', { name: 'Maija', username: 'maija' })).toBe(
      'Kirjautunut: Maija (maija)',
    );
  });

  it('falls back for keys made at run time', async () => {
    const i18n = await useLanguage('sv');
    expect(i18n.tOr('roles.auditor', 'auditor')).toBe('Granskare');
    expect(i18n.tOr('roles.astronaut', 'astronaut')).toBe('astronaut');
  });

  it('has the same keys in every language, none of them empty', () => {
    const finnish = [...flatten(fi).keys()].sort();
    for (const dictionary of [sv, en]) {
      const messages = flatten(dictionary);
      expect([...messages.keys()].sort()).toEqual(finnish);
      for (const text of messages.values()) expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const finnish = flatten(fi);
    for (const dictionary of [sv, en]) {
      for (const [key, text] of flatten(dictionary)) {
        expect({ key, placeholders: placeholders(text) }).toEqual({
          key,
          placeholders: placeholders(finnish.get(key) ?? ''),
        });
      }
    }
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'login.title' | t }}</h1>
    <p>{{ 'errors.correlationId' | t: { id: 'X1' } }}</p>`,
})
class Greeting {}

describe('t pipe', () => {
  beforeEach(resetBrowserState);

  it('re-renders an OnPush component when the language changes, without a reload', async () => {
    const i18n = await useLanguage('fi');
    const fixture = TestBed.createComponent(Greeting);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(textOf(element.querySelector('h1'))).toBe('Kirjaudu sisään');
    expect(textOf(element.querySelector('p'))).toBe('Virheen tunniste: X1');

    await i18n.use('sv');
    await fixture.whenStable();
    expect(textOf(element.querySelector('h1'))).toBe('Logga in');
    expect(textOf(element.querySelector('p'))).toBe('Felets identifierare: X1');

    await i18n.use('en');
    await fixture.whenStable();
    expect(textOf(element.querySelector('h1'))).toBe('Sign in');
  });
});
