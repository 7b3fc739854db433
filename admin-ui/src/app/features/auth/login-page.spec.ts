import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { financeSession, resetBrowserState, settle, textOf, useLanguage } from '../../../testing/helpers';
import { LOGIN_URL } from '../../core/auth/auth';
import { authInterceptor, languageInterceptor } from '../../core/auth/interceptors';
import { SessionStore } from '../../core/auth/session';
import { I18n } from '../../core/i18n/i18n';
import { Language } from '../../core/i18n/languages';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let page: HTMLElement;
  let backend: HttpTestingController;

  async function render(language: Language, inputs: Record<string, string> = {}): Promise<void> {
    await useLanguage(language);
    fixture = TestBed.createComponent(LoginPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function type(name: 'username' | 'password', value: string): void {
    const input = page.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  /** The error text shown under a field, found through the input's aria-describedby as a reader would. */
  function fieldError(name: 'username' | 'password'): string {
    const input = page.querySelector(`input[formcontrolname="${name}"]`);
    const ids = input?.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids
      .map((id) => textOf(page.querySelector(`[id="${id}"]`)))
      .join(' ')
      .trim();
  }

  const alertText = () => textOf(page.querySelector('app-alert.error'));

  beforeEach(() => {
    resetBrowserState();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([languageInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('labels its fields in Finnish', async () => {
    await render('fi');
    expect(textOf(page.querySelector('h1'))).toBe('Kirjaudu sisään');
    const labels = [...page.querySelectorAll('mat-label')].map(textOf);
    expect(labels).toEqual(['Käyttäjätunnus', 'Salasana']);
    expect(textOf(page.querySelector('button[type="submit"]'))).toBe('Kirjaudu');
  });

  it('asks for both fields before calling the server, in the chosen language', async () => {
    await render('fi');
    await submit();
    expect(fieldError('username')).toBe('Anna käyttäjätunnus.');
    expect(fieldError('password')).toBe('Anna salasana.');
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe('username');
    backend.expectNone(LOGIN_URL);

    await TestBed.inject(I18n).use('sv');
    await fixture.whenStable();
    expect(fieldError('username')).toBe('Ange ditt användarnamn.');
    expect(fieldError('password')).toBe('Ange ditt lösenord.');
  });

  it('shows the server message and reference when the credentials are wrong', async () => {
    await render('fi');
    type('username', 'maija');
    type('password', 'väärä');
    await submit();

    const request = backend.expectOne(LOGIN_URL);
    expect(request.request.body).toEqual({ username: 'maija', password: 'väärä' });
    request.flush(
      { code: 'INVALID_CREDENTIALS', message: 'Väärä käyttäjätunnus tai salasana.', correlationId: 'c-77' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(fixture);

    expect(alertText()).toBe('Väärä käyttäjätunnus tai salasana. Virheen tunniste: c-77');
    expect(TestBed.inject(SessionStore).isAuthenticated()).toBe(false);
  });

  it('shows the server field errors on the right fields', async () => {
    await render('sv');
    type('username', 'm');
    type('password', 'x');
    await submit();

    backend.expectOne(LOGIN_URL).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Kontrollera fälten.',
        correlationId: 'c-78',
        fields: { username: 'Användarnamnet är för kort.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(fieldError('username')).toBe('Användarnamnet är för kort.');
    expect(fieldError('password')).toBe('');
    expect(alertText()).toBe('Kontrollera fälten. Felets identifierare: c-78');
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe('username');

    type('username', 'maija');
    await fixture.whenStable();
    expect(fieldError('username')).toBe('');
  });

  it('says in the chosen language when the server cannot be reached', async () => {
    await render('en');
    type('username', 'maija');
    type('password', 'secret');
    await submit();
    backend.expectOne(LOGIN_URL).error(new ProgressEvent('error'));
    await settle(fixture);
    expect(alertText()).toBe('The server cannot be reached. Check your network connection and try again.');
  });

  it('signs in and goes back to the page asked for', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await render('fi', { returnUrl: '/runs' });
    type('username', 'maija');
    type('password', 'oikea');
    await submit();
    const session = financeSession();
    backend.expectOne(LOGIN_URL).flush(session);
    await settle(fixture);

    expect(TestBed.inject(SessionStore).user()).toEqual(session.user);
    expect(navigate).toHaveBeenCalledWith('/runs');
  });

  it('explains why the user is back on the login page', async () => {
    await render('fi', { reason: 'expired' });
    expect(textOf(page.querySelector('app-alert.info'))).toBe('Istuntosi on päättynyt. Kirjaudu uudelleen.');
  });
});
