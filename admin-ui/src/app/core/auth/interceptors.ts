import { HttpErrorResponse, HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { I18n } from '../i18n/i18n';
import { LOGIN_URL } from './auth';
import { SessionStore } from './session';

/** Only our own relative API paths get the token: it must never travel to another host. */
function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

/** Adds the bearer token; a 401 from any API call but login ends the session and opens the login page. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) return next(request);
  const session = inject(SessionStore);
  const router = inject(Router);
  const token = session.accessToken();
  const authorized = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

  return next(authorized).pipe(
    catchError((error: unknown) => {
      const loginAttempt = request.url.startsWith(LOGIN_URL);
      if (
        error instanceof HttpErrorResponse &&
        error.status === HttpStatusCode.Unauthorized &&
        !loginAttempt
      ) {
        session.end();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl, reason: 'expired' } });
      }
      return throwError(() => error);
    }),
  );
};

/** Lets the server answer in the user's language (its error messages are shown as they come). */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) return next(request);
  return next(request.clone({ setHeaders: { 'Accept-Language': inject(I18n).language() } }));
};
