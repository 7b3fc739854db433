import { describe, expect, it } from '@jest/globals';
import { endOf, startOf } from './audit-period.js';

describe('audit period bounds', () => {
  it('reads a date as the Finnish day, in winter and in summer time', () => {
    expect(startOf('2024-01-15').toISOString()).toBe('2024-01-14T22:00:00.000Z');
    expect(endOf('2024-01-15').toISOString()).toBe('2024-01-15T22:00:00.000Z');
    expect(startOf('2024-07-01').toISOString()).toBe('2024-06-30T21:00:00.000Z');
    expect(endOf('2024-03-30').toISOString()).toBe('2024-03-30T22:00:00.000Z');
    expect(endOf('2024-03-31').toISOString()).toBe('2024-03-31T21:00:00.000Z');
  });

  it('takes a date-time as given', () => {
    expect(startOf('2024-01-15T10:00:00Z').toISOString()).toBe('2024-01-15T10:00:00.000Z');
    expect(endOf('2024-01-15T10:00:00+02:00').toISOString()).toBe('2024-01-15T08:00:00.000Z');
  });
});
