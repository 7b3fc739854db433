import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { fakeToken, financeSession, resetBrowserState } from '../../../testing/helpers';
import { authGuard, guestGuard, safeReturnUrl } from './guards';
import { SessionStore } from './session';

@Component({
  selector: 'app-login-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'login page',
})
class LoginStub {}

@Component({
  selector: 'app-runs-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'runs page',
})
class RunsStub {}

function setup(): void {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: LoginStub, canActivate: [guestGuard] },
        { path: '', canActivateChild: [authGuard], children: [{ path: 'runs', component: RunsStub }] },
      ]),
    ],
  });
}

describe('authGuard', () => {
  beforeEach(() => {
    resetBrowserState();
    setup();
  });

  it('sends a visitor without a session to login, remembering the page asked for', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/runs?year=2013');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fruns%3Fyear%3D2013');
    expect(harness.routeNativeElement?.textContent).toBe('login page');
  });

  it('lets a signed-in user through', async () => {
    TestBed.inject(SessionStore).start(financeSession());
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/runs');
    expect(TestBed.inject(Router).url).toBe('/runs');
    expect(harness.routeNativeElement?.textContent).toBe('runs page');
  });

  it('treats an expired token as no session', async () => {
    TestBed.inject(SessionStore).start(financeSession(fakeToken(Math.floor(Date.now() / 1000) - 60)));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/runs');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fruns');
  });
});

describe('guestGuard', () => {
  beforeEach(() => {
    resetBrowserState();
    setup();
  });

  it('sends a signed-in user away from the login page', async () => {
    TestBed.inject(SessionStore).start(financeSession());
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login');
    expect(TestBed.inject(Router).url).toBe('/');
  });
});

describe('safeReturnUrl', () => {
  it('follows only paths inside the app', () => {
    expect(safeReturnUrl('/runs?year=2013')).toBe('/runs?year=2013');
    expect(safeReturnUrl(undefined)).toBe('/');
    expect(safeReturnUrl('https://evil.example/')).toBe('/');
    expect(safeReturnUrl('//evil.example/')).toBe('/');
    expect(safeReturnUrl('/\\evil.example/')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=/x')).toBe('/');
  });
});
