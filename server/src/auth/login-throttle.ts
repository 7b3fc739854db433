/** Failed sign-ins tolerated per username within the window before further attempts are refused. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
/** Bounds the memory an attacker trying many names can take; the oldest names are forgotten first. */
const MAX_TRACKED_NAMES = 10_000;

/**
 * A small per-username brake on password guessing (in memory, per process). It applies equally to
 * unknown names, so it reveals nothing about which users exist. A successful sign-in clears it.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(username: string): number {
    const recent = this.recent(username);
    if (recent.length < MAX_FAILURES) return 0;
    const oldest = recent[recent.length - MAX_FAILURES];
    return Math.max(1, Math.ceil((oldest + WINDOW_MS - this.now()) / 1000));
  }

  recordFailure(username: string): void {
    const recent = [...this.recent(username), this.now()].slice(-MAX_FAILURES);
    this.failures.delete(username); // re-inserted last: Map order is the eviction order
    this.failures.set(username, recent);
    if (this.failures.size > MAX_TRACKED_NAMES) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(username);
  }

  private recent(username: string): number[] {
    const since = this.now() - WINDOW_MS;
    return (this.failures.get(username) ?? []).filter((at) => at > since);
  }
}
