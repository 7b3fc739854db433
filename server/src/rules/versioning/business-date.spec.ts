import { describe, expect, it } from '@jest/globals';
import { businessDate } from './business-date.js';

describe('businessDate', () => {
  it('is the date in Finland', () => {
    // 22:30 UTC on New Year's Eve is already New Year's Day in Helsinki (UTC+2).
    expect(businessDate(new Date('2011-12-31T22:30:00Z'))).toBe('2012-01-01');
    expect(businessDate(new Date('2011-12-31T21:30:00Z'))).toBe('2011-12-31');
  });
});
