import { TestBed } from '@angular/core/testing';

import { Session } from '../app/core/auth/session';
import { I18n } from '../app/core/i18n/i18n';
import { Language } from '../app/core/i18n/languages';

/** Loads a language's dictionary, as the app initializer does before the first render. */
export async function useLanguage(language: Language): Promise<I18n> {
  const i18n = TestBed.inject(I18n);
  await i18n.use(language);
  return i18n;
}

/** A JWT-shaped token (unsigned: the client never verifies signatures) expiring at `exp` seconds. */
export function fakeToken(exp?: number): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(exp === undefined ? { sub: 'x' } : { sub: 'x', exp })}.sig`;
}

export const IN_ONE_HOUR = () => Math.floor(Date.now() / 1000) + 3600;

export function financeSession(token = fakeToken(IN_ONE_HOUR())): Session {
  return {
    accessToken: token,
    user: { username: 'maija', displayName: 'Maija Meikäläinen', roles: ['finance', 'auditor'] },
  };
}

/**
 * The text a reader gets: icon ligatures (hidden from assistive technology) are left out and runs of
 * ordinary white space collapsed; no-break spaces are kept as they are.
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('mat-icon, [aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Lets pending promise callbacks (an answered HTTP call, say) run, then waits for rendering. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

export function resetBrowserState(): void {
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.lang = '';
}
