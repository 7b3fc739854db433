import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';

import { isExpired } from './jwt';

export interface SessionUser {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** The body of `POST /api/v1/auth/login`. */
export interface Session {
  readonly accessToken: string;
  readonly user: SessionUser;
}

const STORAGE_KEY = 'tuotteisto.session';

/**
 * The signed-in user and their token. Kept in memory and in sessionStorage, so a reload keeps the
 * session but closing the tab ends it; never in localStorage.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly storage = storageOf(inject(DOCUMENT));
  private readonly state = signal<Session | null>(this.restore());

  readonly user = computed(() => this.state()?.user ?? null);

  /** The token to send, or null when there is none or it has expired (which ends the session). */
  accessToken(): string | null {
    const session = this.state();
    if (!session) return null;
    if (isExpired(session.accessToken)) {
      this.end();
      return null;
    }
    return session.accessToken;
  }

  isAuthenticated(): boolean {
    return this.accessToken() !== null;
  }

  start(session: Session): void {
    this.state.set(session);
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(session));
  }

  end(): void {
    this.state.set(null);
    this.storage?.removeItem(STORAGE_KEY);
  }

  private restore(): Session | null {
    const raw = this.storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const session = JSON.parse(raw) as Partial<Session>;
      return isSession(session) ? session : null;
    } catch {
      return null;
    }
  }
}

function isSession(value: Partial<Session>): value is Session {
  return (
    typeof value.accessToken === 'string' &&
    typeof value.user?.username === 'string' &&
    typeof value.user.displayName === 'string' &&
    Array.isArray(value.user.roles)
  );
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null; // storage disabled by browser policy: the session lives in memory only
  }
}
