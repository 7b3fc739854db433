import { TestBed } from '@angular/core/testing';

import { resetBrowserState, settle, textOf, useLanguage } from '../../../testing/helpers';
import { I18n } from '../i18n/i18n';
import { LanguageSwitcher } from './language-switcher';

describe('LanguageSwitcher', () => {
  beforeEach(resetBrowserState);

  it('offers each language under its own name and switches to the one picked', async () => {
    await useLanguage('fi');
    const fixture = TestBed.createComponent(LanguageSwitcher);
    await fixture.whenStable();
    const trigger = (fixture.nativeElement as HTMLElement).querySelector('button');
    expect(textOf(trigger)).toBe('Kieli: Suomi');

    trigger?.click();
    await fixture.whenStable();
    const items = [...document.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')];
    expect(items.map(textOf)).toEqual(['Suomi', 'Svenska', 'English']);
    expect(items.map((item) => item.getAttribute('lang'))).toEqual(['fi', 'sv', 'en']);
    expect(items.map((item) => item.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false']);

    items[1].click();
    await settle(fixture);
    expect(TestBed.inject(I18n).language()).toBe('sv');
    expect(textOf(trigger)).toBe('Språk: Svenska');
    expect(localStorage.getItem('tuotteisto.language')).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
  });
});
