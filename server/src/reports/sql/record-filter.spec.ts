import { describe, expect, it } from '@jest/globals';
import { bucketOf, periodStart } from './record-filter.js';

describe('period grouping', () => {
  it('finds the first day of the month, quarter and year of a date', () => {
    expect(bucketOf('month', '2025-02-28')).toBe('2025-02-01');
    expect(bucketOf('quarter', '2025-02-28')).toBe('2025-01-01');
    expect(bucketOf('quarter', '2025-12-31')).toBe('2025-10-01');
    expect(bucketOf('year', '2025-07-15')).toBe('2025-01-01');
  });

  it('groups by a constant when the whole range is one period, else truncates each date', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    expect(periodStart('year', 't.record_date', year)).toBe("'2025-01-01'::date");
    expect(periodStart('quarter', 't.record_date', { from: '2025-04-01', to: '2025-06-30' })).toBe(
      "'2025-04-01'::date",
    );
    expect(periodStart('month', 't.record_date', year)).toBe(
      "date_trunc('month', t.record_date::timestamp)::date",
    );
  });
});
