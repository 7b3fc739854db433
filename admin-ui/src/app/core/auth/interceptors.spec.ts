import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { financeSession, resetBrowserState, useLanguage } from '../../../testing/helpers';
import { LOGIN_URL } from './auth';
import { authInterceptor, languageInterceptor } from './interceptors';
import { SessionStore } from './session';

describe('API interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionStore;
  let router: Router;

  beforeEach(async () => {
    resetBrowserState();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([languageInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
    await useLanguage('sv');
  });

  afterEach(() => backend.verify());

  it('sends the bearer token and the language with API calls', async () => {
    const s = financeSession();
    session.start(s);
    const response = firstValueFrom(http.get('/api/v1/runs'));
    const request = backend.expectOne('/api/v1/runs');
    expect(request.request.headers.get('Authorization')).toBe(`Bearer ${s.accessToken}`);
    expect(request.request.headers.get('Accept-Language')).toBe('sv');
    request.flush([]);
    await expect(response).resolves.toEqual([]);
  });

  it('sends no token when nobody is signed in', () => {
    void firstValueFrom(http.post(LOGIN_URL, {}));
    const request = backend.expectOne(LOGIN_URL);
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('never sends the token to another host', () => {
    session.start(financeSession());
    void firstValueFrom(http.get('https://elsewhere.example/api/v1/x'));
    const request = backend.expectOne('https://elsewhere.example/api/v1/x');
    expect(request.request.headers.has('Authorization')).toBe(false);
    expect(request.request.headers.has('Accept-Language')).toBe(false);
    request.flush({});
  });

  it('ends the session and opens the login page on a 401', async () => {
    session.start(financeSession());
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const response = firstValueFrom(http.get('/api/v1/runs'));
    backend
      .expectOne('/api/v1/runs')
      .flush(
        { code: 'UNAUTHENTICATED', message: 'x', correlationId: 'c' },
        { status: 401, statusText: 'No' },
      );

    await expect(response).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(session.isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', reason: 'expired' },
    });
  });

  it('leaves a failed login to the login form', async () => {
    const navigate = vi.spyOn(router, 'navigate');
    const response = firstValueFrom(http.post(LOGIN_URL, { username: 'a', password: 'b' }));
    backend.expectOne(LOGIN_URL).flush({}, { status: 401, statusText: 'Unauthorized' });
    await expect(response).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('passes other errors on untouched', async () => {
    session.start(financeSession());
    const response = firstValueFrom(http.get('/api/v1/runs'));
    backend.expectOne('/api/v1/runs').flush({}, { status: 403, statusText: 'Forbidden' });
    await expect(response).rejects.toMatchObject({ status: 403 });
    expect(session.isAuthenticated()).toBe(true);
  });
});
