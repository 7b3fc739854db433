import { describe, expect, it } from '@jest/globals';
import { capped, redact, REMOVED } from './redact.js';

describe('redact', () => {
  it('removes passwords, tokens and secrets at any depth, and keeps the rest', () => {
    const body = {
      username: 'maija',
      password: 'hunter2-hunter2',
      nested: [{ newPassword: 'x', accessToken: 't', jwtSecret: 's', name: 'ok' }],
    };
    expect(redact(body)).toEqual({
      username: 'maija',
      password: REMOVED,
      nested: [{ newPassword: REMOVED, accessToken: REMOVED, jwtSecret: REMOVED, name: 'ok' }],
    });
  });

  it('removes client references and identity codes, but not words like clientHours', () => {
    expect(
      redact({ client: '010190-123A', clientRef: 'A1', hetu: 'x', clientHours: '12', basis: 'client' }),
    ).toEqual({ client: REMOVED, clientRef: REMOVED, hetu: REMOVED, clientHours: '12', basis: 'client' });
  });

  it('leaves the input unchanged', () => {
    const body = { password: 'secret-secret' };
    redact(body);
    expect(body.password).toBe('secret-secret');
  });
});

describe('capped', () => {
  it('replaces a value larger than the limit by its size and hash', () => {
    expect(capped({ a: 1 }, 100)).toEqual({ a: 1 });
    expect(capped({ a: 'x'.repeat(200) }, 100)).toMatchObject({
      bytes: 208,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
