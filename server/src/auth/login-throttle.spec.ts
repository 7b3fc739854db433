import { describe, expect, it } from '@jest/globals';
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from './login-throttle.js';

describe('LoginThrottle', () => {
  function throttle() {
    let now = 1_000_000;
    const t = new LoginThrottle(() => now);
    return { t, advance: (ms: number) => (now += ms) };
  }

  it(`allows ${MAX_FAILURES} failures, then refuses until the oldest leaves the window`, () => {
    const { t, advance } = throttle();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(t.retryAfterSeconds('maija')).toBe(0);
      t.recordFailure('maija');
      advance(1000);
    }
    expect(t.retryAfterSeconds('maija')).toBe(WINDOW_MS / 1000 - MAX_FAILURES);
    advance(WINDOW_MS - MAX_FAILURES * 1000 - 1);
    expect(t.retryAfterSeconds('maija')).toBe(1);
    advance(1);
    expect(t.retryAfterSeconds('maija')).toBe(0);
  });

  it('counts each username apart and forgets a name on success', () => {
    const { t } = throttle();
    for (let i = 0; i < MAX_FAILURES; i++) t.recordFailure('maija');
    expect(t.retryAfterSeconds('matti')).toBe(0);
    expect(t.retryAfterSeconds('maija')).toBeGreaterThan(0);
    t.recordSuccess('maija');
    expect(t.retryAfterSeconds('maija')).toBe(0);
  });
});
