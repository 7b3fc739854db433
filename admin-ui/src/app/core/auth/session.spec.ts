import { TestBed } from '@angular/core/testing';

import { IN_ONE_HOUR, fakeToken, financeSession, resetBrowserState } from '../../../testing/helpers';
import { isExpired, tokenExpiry } from './jwt';
import { SessionStore } from './session';

describe('SessionStore', () => {
  beforeEach(resetBrowserState);

  it('keeps the session in memory and in sessionStorage, never in localStorage', () => {
    const store = TestBed.inject(SessionStore);
    const session = financeSession();
    store.start(session);
    expect(store.isAuthenticated()).toBe(true);
    expect(store.user()?.displayName).toBe('Maija Meikäläinen');
    expect(JSON.parse(sessionStorage.getItem('tuotteisto.session') ?? 'null')).toEqual(session);
    expect(localStorage.length).toBe(0);
  });

  it('survives a reload of the page', () => {
    sessionStorage.setItem('tuotteisto.session', JSON.stringify(financeSession()));
    const store = TestBed.inject(SessionStore);
    expect(store.isAuthenticated()).toBe(true);
    expect(store.user()?.roles).toEqual(['finance', 'auditor']);
  });

  it('ignores a stored value that is not a session', () => {
    sessionStorage.setItem('tuotteisto.session', '{"accessToken":42}');
    expect(TestBed.inject(SessionStore).isAuthenticated()).toBe(false);
  });

  it('ends on log out', () => {
    const store = TestBed.inject(SessionStore);
    store.start(financeSession());
    store.end();
    expect(store.isAuthenticated()).toBe(false);
    expect(store.user()).toBeNull();
    expect(sessionStorage.getItem('tuotteisto.session')).toBeNull();
  });

  it('ends by itself once the token has expired', () => {
    const store = TestBed.inject(SessionStore);
    store.start(financeSession(fakeToken(Math.floor(Date.now() / 1000) - 1)));
    expect(store.accessToken()).toBeNull();
    expect(store.user()).toBeNull();
  });
});

describe('jwt', () => {
  it('reads the expiry of a token', () => {
    const exp = IN_ONE_HOUR();
    expect(tokenExpiry(fakeToken(exp))).toBe(exp * 1000);
    expect(isExpired(fakeToken(exp))).toBe(false);
    expect(isExpired(fakeToken(exp), (exp + 1) * 1000)).toBe(true);
  });

  it('leaves a token without a readable expiry to the server', () => {
    expect(tokenExpiry(fakeToken())).toBeNull();
    expect(isExpired('not-a-jwt')).toBe(false);
    expect(isExpired('a.%%%.c')).toBe(false);
  });
});
