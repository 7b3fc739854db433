import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from './session';

/** Sends a visitor without a valid session to the login page, remembering where they were going. */
export const authGuard: CanActivateFn = (_route, state) =>
  inject(SessionStore).isAuthenticated() ||
  inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });

/** A signed-in user has no business on the login page. */
export const guestGuard: CanActivateFn = () =>
  !inject(SessionStore).isAuthenticated() || inject(Router).createUrlTree(['/']);

/** Only same-app paths are followed after login, so a crafted link cannot send the user elsewhere. */
export function safeReturnUrl(url: string | null | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return '/';
  return url.startsWith('/login') ? '/' : url;
}
