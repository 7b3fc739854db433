import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { Session, SessionStore } from './session';

export const LOGIN_URL = '/api/v1/auth/login';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

// TODO(openapi): call the generated `login` function once the server's openapi.json is committed.
@Injectable({ providedIn: 'root' })
export class Auth {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Rejects with the HttpErrorResponse on failure; see `toApiProblem`. */
  async login(credentials: Credentials): Promise<void> {
    const session = await firstValueFrom(this.http.post<Session>(LOGIN_URL, credentials));
    this.session.start(session);
  }

  async logout(): Promise<void> {
    this.session.end();
    await this.router.navigate(['/login'], { queryParams: { reason: 'loggedOut' } });
  }
}
